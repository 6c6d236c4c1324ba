/**
 * The brief styles, as a plain list (no zod): the CLI's `brief` command checks --style against it without loading zod.
 * `briefStyleSchema` (brief.ts) is the zod enum of the same list.
 */
export const briefStyles = ['daily-snapshot', 'sector-recap', 'weekly-update'] as const;
