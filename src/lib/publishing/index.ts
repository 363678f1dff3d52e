/**
 * Publishing through git: a new revision planned from the latest one, the immutability of
 * what was published, each policy's status, the pull request's summary, and the commits
 * that vouch for each file's provenance.
 */
export { planNewRevision, type NewRevisionPlan, type NewRevisionRequest } from './new-revision.ts';
export { immutabilityProblems, publishedRevisionChanges, publishedFile, isDraftFile, type CurrentFile, type PublishedFile } from './immutability.ts';
export { GitError, fileChangesSince, lastCommits, revisionFilesAt, blobId, type FileCommit, type BlobAtRef } from './git.ts';
export { statusReport } from './status.ts';
export { addedRevisionsSummary } from './summary.ts';
