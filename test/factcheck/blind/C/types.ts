/** A blind-corpus case: one text and a label for every number in it. */
export type Voice =
  | 'daily' // seed-like daily snapshot
  | 'sector-comma' // sector recap written with comma decimals (3,84 %)
  | 'desk-note' // translated desk note with bullets
  | 'llm' // LLM prose with headers, bold, bullets
  | 'wire' // wire-service copy
  | 'table' // Markdown tables (with some prose around them)
  | 'social' // social posts
  | 'edited' // edited text with formatting slips
  | 'words'; // numbers written as words

export type Label =
  | 'supported' // a fact states it (at the written rounding / hedge)
  | 'contradicted' // a fact about that entity/metric/window says otherwise (or the direction is wrong)
  | 'unsupported' // no fact and no cited headline states it (forecast, history, invented, derived arithmetic)
  | 'supported-by-source' // a collected headline/summary states it and the sentence attributes it to that outlet
  | 'ignored'; // not a claim: date, time, year, duration (24h, 30-day), rank (top 10), digits in names (L2)

export interface BlindNumber {
  /** Exact substring of `text` holding exactly one number ('3.8%', '$112,486', 'eight'); 'x@2' = 2nd occurrence. */
  find: string;
  label: Label;
  note?: string;
}

export interface BlindCase {
  id: string;
  voice: Voice;
  /** The brief style the text belongs to: in 'daily' and 'sector' a figure with no stated window means 24h, in 'weekly' 7d. */
  style: 'daily' | 'sector' | 'weekly';
  text: string;
  numbers: BlindNumber[];
}
