/**
 * Literal human-style cases that need no fact placeholder: numbers nothing supports, numbers a collected
 * headline carries (attributed or not), and dates / durations / ranks that must be ignored. `find` locates
 * the checked figure in the text (first occurrence).
 */
import type { Expect } from './expand.ts';

export type LiteralCase = { style: string; text: string; checks: { find: string; expect: Expect }[] };

export const literalCases: LiteralCase[] = [
  // numbers no fact grounds: must be flagged
  {
    style: 'macro',
    text: 'Non-farm payrolls added 119,000 jobs in the latest report.',
    checks: [{ find: '119,000', expect: 'flag' }],
  },
  {
    style: 'macro',
    text: 'The unemployment rate rose to 4.4% last month.',
    checks: [{ find: '4.4%', expect: 'flag' }],
  },
  {
    style: 'macro',
    text: 'The S&P 500 fell 1.2% on Thursday.',
    checks: [
      { find: '500', expect: 'ignored' },
      { find: '1.2%', expect: 'flag' },
    ],
  },
  {
    style: 'forecast',
    text: 'Some analysts expect bitcoin to reach $150,000 by March.',
    checks: [{ find: '$150,000', expect: 'flag' }],
  },
  { style: 'offlist', text: 'Injective lost 12% this week.', checks: [{ find: '12%', expect: 'flag' }] },
  {
    style: 'offlist',
    text: 'Tokens ranked 50 to 100 outperformed by 3%.',
    checks: [
      { find: '50 to 100', expect: 'ignored' },
      { find: '3%', expect: 'flag' },
    ],
  },
  { style: 'wordy', text: "Cardano's staking ratio sits at 62%.", checks: [{ find: '62%', expect: 'flag' }] },
  {
    style: 'wordy',
    text: 'The rate-cut probability for December has dropped to about 30%.',
    checks: [{ find: '30%', expect: 'flag' }],
  },
  { style: 'wordy', text: 'Bitcoin fell 2% over the year.', checks: [{ find: '2%', expect: 'flag' }] },
  {
    style: 'wordy',
    text: 'Solana funding sits at 0.0100% per eight hours.',
    checks: [{ find: '0.0100%', expect: 'flag' }],
  },
  {
    style: 'wordy',
    text: 'Open interest in AXS perpetuals rose 8% on the day.',
    checks: [{ find: '8%', expect: 'flag' }],
  },
  { style: 'terse', text: 'BNB: 14% weekly volatility-adjusted return.', checks: [{ find: '14%', expect: 'flag' }] },
  {
    style: 'terse',
    text: 'Spot ETF outflows: $420 million on Thursday.',
    checks: [{ find: '$420 million', expect: 'flag' }],
  },
  {
    style: 'wordy',
    text: 'Miners moved 12,500 BTC to exchanges this week.',
    checks: [{ find: '12,500', expect: 'flag' }],
  },
  { style: 'wordy', text: 'Lightning capacity reached 5,400 BTC.', checks: [{ find: '5,400', expect: 'flag' }] },
  {
    style: 'hedged',
    text: 'Roughly $2 trillion in value has left the market since the peak.',
    checks: [{ find: '$2 trillion', expect: 'flag' }],
  },
  // attributed to a collected headline: supported-by-source
  {
    style: 'sourced',
    text: 'Spot bitcoin ETFs recorded $420 million of net outflows on Thursday, according to CoinDesk.',
    checks: [{ find: '$420 million', expect: 'source' }],
  },
  {
    style: 'sourced',
    text: 'CoinDesk reported $420 million of ETF outflows on Thursday.',
    checks: [{ find: '$420 million', expect: 'source' }],
  },
  {
    style: 'sourced',
    text: 'Bitcoin Magazine said traders watched $105,000 after the failed retest.',
    checks: [{ find: '$105,000', expect: 'ok' }],
  },
  // review defects: funding payer sign, price vs a named level, member superlatives (facts: BTC funding +0.0062%,
  // BTC $103,812 under its $104,565 swing low, GRT the smallest AI drop over 24h and VIRTUAL the steepest)
  {
    style: 'qualitative',
    text: 'Bitcoin perpetual funding is 0.006% per 8h, so shorts are paying longs.',
    checks: [
      { find: '0.006%', expect: 'ok' },
      { find: 'shorts are paying longs', expect: 'flag' },
    ],
  },
  {
    style: 'qualitative',
    text: 'Bitcoin perpetual funding is 0.006% per 8h, so longs are paying shorts.',
    checks: [
      { find: '0.006%', expect: 'ok' },
      { find: 'longs are paying shorts', expect: 'ok' },
    ],
  },
  {
    style: 'wordy',
    text: 'Bitcoin trades above its 30-day swing low of $104.6K.',
    checks: [{ find: '$104.6K', expect: 'flag' }],
  },
  {
    style: 'wordy',
    text: 'Bitcoin trades at $103,812, below its 30-day swing low of $104.6K.',
    checks: [
      { find: '$103,812', expect: 'ok' },
      { find: '$104.6K', expect: 'ok' },
    ],
  },
  {
    style: 'wordy',
    text: 'Bitcoin trades above resistance at $105,000.',
    checks: [{ find: '$105,000', expect: 'flag' }],
  },
  {
    style: 'qualitative',
    text: 'The Graph (GRT) fell 5.6% over 24h, the steepest drop among the AI tokens.',
    checks: [
      { find: '5.6%', expect: 'ok' },
      { find: 'steepest drop', expect: 'flag' },
    ],
  },
  {
    style: 'qualitative',
    text: 'Virtuals Protocol (VIRTUAL) fell 8.8% over 24h, the steepest drop among the AI tokens.',
    checks: [
      { find: '8.8%', expect: 'ok' },
      { find: 'steepest drop', expect: 'ok' },
    ],
  },
  // dates, durations, ranks: recognized and ignored, never claims
  {
    style: 'dates',
    text: 'On Nov 20, 2026 the top 10 assets all traded lower over the 7-day window.',
    checks: [
      { find: '20, 2026', expect: 'ignored' },
      { find: '10', expect: 'ignored' },
      { find: '7-day', expect: 'ignored' },
    ],
  },
  {
    style: 'dates',
    text: 'In the 24h to 07:00 UTC, the No. 2 token by market cap underperformed.',
    checks: [
      { find: '24h', expect: 'ignored' },
      { find: '07:00', expect: 'ignored' },
      { find: '2', expect: 'ignored' },
    ],
  },
  {
    style: 'dates',
    text: 'See the 30-day and 7-day volatility readings below; the data run to 2026-11-20.',
    checks: [
      { find: '30-day', expect: 'ignored' },
      { find: '7-day', expect: 'ignored' },
      { find: '2026-11-20', expect: 'ignored' },
    ],
  },
  {
    style: 'dates',
    text: 'This is our 3rd brief of the week, published 20 November 2026.',
    checks: [
      { find: '3rd', expect: 'ignored' },
      { find: '20 November', expect: 'ignored' },
    ],
  },
  { style: 'dates', text: 'Layer 2 and L2s are names, not numbers; neither is Web3 or GMCI-30.', checks: [] },
  {
    style: 'dates',
    text: '1. First point\n2. Second point',
    checks: [
      { find: '1.', expect: 'ignored' },
      { find: '2.', expect: 'ignored' },
    ],
  },
  {
    style: 'dates',
    text: 'Over the past 24 hours and the past 30 days, the picture was mixed. #1 on our list was XRP.',
    checks: [
      { find: '24', expect: 'ignored' },
      { find: '30', expect: 'ignored' },
      { find: '1', expect: 'ignored' },
    ],
  },
];
