/**
 * The dates Japanese readers expect on a policy (JIS Q 15001): 制定 and 最終改定, taken
 * only from what the source states.
 */
import type { PolicyEntry, RevisionData } from './schemas.ts';

export interface PolicyDates {
  /** ISO (partial) date the policy was established, when the source states it. */
  established?: string;
  /** The revision's own date when the source gives it as a revision date; undefined for 収録日. */
  lastRevised?: string;
}

export function policyDates(policy: Pick<PolicyEntry, 'established'>, revision: { date: string; data: Pick<RevisionData, 'dateBasis'> }): PolicyDates {
  return {
    established: policy.established,
    lastRevised: revision.data.dateBasis === 'effective' ? revision.date : undefined,
  };
}

export const NOT_STATED = '原文に記載がありません';
