/**
 * Limits on what one content file may ask of the reader. A policy is a few pages of prose;
 * these sit far above any real one (the longest revision is about 12 KB and nests three
 * levels) and far below what would make the check or the build hang or overflow the stack.
 */
export const LIMITS = {
  /** Bytes in one file. */
  fileBytes: 512 * 1024,
  /** Aliases (`*name`) a YAML document may expand: an alias bomb grows exponentially. */
  yamlAliases: 50,
} as const;
