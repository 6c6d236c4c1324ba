/** One item as a parser found it, before normalization. Every field may be missing or messy. */
export type RawItem = {
  title?: string;
  link?: string;
  /** The date text as published (not yet interpreted). */
  published?: string;
  /** Summary or description, possibly HTML. */
  summary?: string;
};
