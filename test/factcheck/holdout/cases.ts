/**
 * Held-out fact-check corpus over the fixtures day, written without reading src/factcheck/ or the in-sample
 * corpus. Every number is labelled by the documented rules (issue 5, docs/factcheck.md) from the facts that
 * `npm run -s cli -- metrics` prints for fixtures/day, never from checker output.
 *
 * Labels: supported / supported-by-source / ignored (a date, duration or rank) are correct numbers that must
 * not be flagged; contradicted / unsupported are wrong (or ungrounded) numbers that must be flagged.
 * `find` is the number as written; `find@n` picks its n-th occurrence (1-based) in the text.
 */

export type Label = 'supported' | 'contradicted' | 'unsupported' | 'supported-by-source' | 'ignored';
export type Style =
  | 'wire'
  | 'newsletter'
  | 'analyst'
  | 'translated'
  | 'european'
  | 'words'
  | 'ranges'
  | 'bps-multiples'
  | 'table'
  | 'list'
  | 'headline'
  | 'paragraph'
  | 'levels'
  | 'source'
  | 'macro'
  | 'qualitative'
  | 'trap-correct'
  | 'trap-wrong'
  | 'social'
  | 'counts'
  | 'windows'
  | 'hedges'
  | 'arithmetic';
export type Trap =
  | 'wrong-asset'
  | 'wrong-window'
  | 'scale-10x'
  | 'direction-flip'
  | 'rounded'
  | 'hedged'
  | 'range'
  | 'rule-bound';

export interface HoldoutNumber {
  find: string;
  label: Label;
  note?: string;
}
export interface HoldoutCase {
  style: Style;
  text: string;
  numbers: HoldoutNumber[];
  trap?: Trap;
}

const S: Label = 'supported',
  C: Label = 'contradicted',
  U: Label = 'unsupported',
  B: Label = 'supported-by-source',
  I: Label = 'ignored';
type N = [find: string, label: Label, note?: string];
const c = (style: Style, text: string, nums: N[], trap?: Trap): HoldoutCase => ({
  style,
  text,
  numbers: nums.map(([find, label, note]) => ({ find, label, ...(note ? { note } : {}) })),
  ...(trap ? { trap } : {}),
});

export const holdoutCases: HoldoutCase[] = [
  // --- terse wire copy ---
  c('wire', 'BTC -2.1% at $103,812.', [
    ['-2.1%', S],
    ['$103,812', S],
  ]),
  c('wire', 'ETH -3.1% to $3,413; SOL -3.6% to $152.41.', [
    ['-3.1%', S],
    ['$3,413', S],
    ['-3.6%', S],
    ['$152.41', S],
  ]),
  c('wire', 'XRP +0.9%, the lone L1 gainer.', [['+0.9%', S]]),
  c('wire', 'HNT +2.4% d/d.', [['+2.4%', S]]),
  c(
    'wire',
    'BTC +2.1% at $103.8K.',
    [
      ['+2.1%', C, 'sign flip: BTC -2.07'],
      ['$103.8K', S],
    ],
    'direction-flip',
  ),
  c(
    'wire',
    'ETH -2.1% to $3,413.',
    [
      ['-2.1%', C, 'BTC figure on ETH (-3.08)'],
      ['$3,413', S],
    ],
    'wrong-asset',
  ),
  c('wire', 'SOL -36.2% on the day.', [['-36.2%', C, 'SOL 24h -3.62']], 'scale-10x'),
  c('wire', 'AI tokens -6.4% 24h, -11.4% 7d, -29.9% 30d.', [
    ['-6.4%', S],
    ['-11.4%', S],
    ['-29.9%', S],
  ]),
  c('wire', 'AI tokens -11.4% 24h.', [['-11.4%', C, 'AI 7d figure on 24h (-6.35)']], 'wrong-window'),
  c('wire', 'L2s -17.5% w/w.', [['-17.5%', S]]),
  c('wire', 'L2s -1.75% w/w.', [['-1.75%', C, 'L2 7d -17.52']], 'scale-10x'),
  c('wire', 'Total cap $3.29T, -2.6%.', [
    ['$3.29T', S],
    ['-2.6%', S],
  ]),
  c('wire', 'Total crypto market cap $32.9T.', [['$32.9T', C, 'total cap 3.294T']], 'scale-10x'),
  c('wire', 'BTC dominance 62.9%.', [['62.9%', S]]),
  c('wire', 'BTC dominance 6.29%.', [['6.29%', C, 'dominance 62.9']], 'scale-10x'),
  c('wire', 'DOGE -4.1%, SHIB -3.6%, PEPE -5.4%, WIF -6.3%.', [
    ['-4.1%', S],
    ['-3.6%', S],
    ['-5.4%', S],
    ['-6.3%', S],
  ]),
  c(
    'wire',
    'DOGE -4.1%, SHIB -5.4%.',
    [
      ['-4.1%', S],
      ['-5.4%', C, 'PEPE figure on SHIB (-3.64)'],
    ],
    'wrong-asset',
  ),
  c('wire', 'VIRTUAL -8.8%, worst in AI.', [['-8.8%', S]]),
  c('wire', 'GRT -5.6%, best in AI.', [['-5.6%', S]]),
  c('wire', 'TAO $312.50, -5.9%.', [
    ['$312.50', S],
    ['-5.9%', S],
  ]),
  c('wire', 'TAO $31.25.', [['$31.25', C, 'TAO 312.5']], 'scale-10x'),
  c('wire', 'NEAR $2.41, -5.8%.', [
    ['$2.41', S],
    ['-5.8%', S],
  ]),
  c('wire', 'FET -7.4% 24h, -36.3% 30d.', [
    ['-7.4%', S],
    ['-36.3%', S],
  ]),
  c('wire', 'FET -3.6% 30d.', [['-3.6%', C, 'FET 30d -36.34']], 'scale-10x'),
  c('wire', 'BTC perp OI: $8.92B (-3.8% d/d); ETH: $5.14B (-4.6%).', [
    ['$8.92B', S],
    ['-3.8%', S],
    ['$5.14B', S],
    ['-4.6%', S],
  ]),
  c('wire', 'XRP OI $980M, down 1.9% on the day.', [
    ['$980M', S],
    ['1.9%', S],
  ]),
  c(
    'wire',
    'XRP OI $98M, down 1.9% on the day.',
    [
      ['$98M', C, 'XRP OI 980M'],
      ['1.9%', S],
    ],
    'scale-10x',
  ),

  // --- wordy newsletter ---
  c(
    'newsletter',
    "It was another bruising session for the AI trade: the seven tokens we track in the sector shed a combined $759 million of market value over the past 24 hours, leaving the group's capitalisation at roughly $11.2 billion.",
    [
      ['seven', S, 'AI members 7'],
      ['$759 million', S],
      ['$11.2 billion', S],
    ],
  ),
  c(
    'newsletter',
    'It was another bruising session for the AI trade: the seven tokens we track in the sector shed a combined $7.59 billion of market value over the past 24 hours.',
    [
      ['seven', S],
      ['$7.59 billion', C, 'AI 24h cap change -759M'],
    ],
    'scale-10x',
  ),
  c(
    'newsletter',
    'Bitcoin, for its part, spent most of the day drifting lower before settling around $103,800, a decline of a little over 2% from where it stood this time yesterday.',
    [
      ['$103,800', S],
      ['2%', S],
    ],
    'hedged',
  ),
  c(
    'newsletter',
    'Ethereum had a harder time of it, slipping roughly 3% on the day and more than 10% across the week.',
    [
      ['3%', S],
      ['10%', S],
    ],
    'hedged',
  ),
  c(
    'newsletter',
    'Solana gave back 3.6% to trade at $152, extending a weekly slide that now stands at just over 12%.',
    [
      ['3.6%', S],
      ['$152', S],
      ['12%', S],
    ],
  ),
  c(
    'newsletter',
    "Memecoins didn't escape the selling either; the four we follow lost a combined 4.2% over the day, with dogwifhat the hardest hit at 6.3%.",
    [
      ['four', S],
      ['4.2%', S],
      ['6.3%', S],
    ],
  ),
  c(
    'newsletter',
    "Memecoins didn't escape the selling either; the four we follow lost a combined 6.3% over the day, with dogwifhat the hardest hit.",
    [
      ['four', S],
      ['6.3%', C, 'WIF figure on the meme sector (-4.17)'],
    ],
    'wrong-asset',
  ),
  c(
    'newsletter',
    'Breadth was dismal: of the 30 assets on our watchlist, 28 finished the day in the red and only two, XRP and Helium, managed gains.',
    [
      ['30', S],
      ['28', S],
      ['two', S],
    ],
  ),
  c('newsletter', 'Breadth was dismal: of the 30 assets on our watchlist, 26 finished the day in the red.', [
    ['30', S],
    ['26', C, '28 decliners'],
  ]),
  c(
    'newsletter',
    'Layer-2 tokens have now surrendered 17.5% over the past seven days, the worst weekly showing of any sector we monitor.',
    [['17.5%', S]],
  ),
  c(
    'newsletter',
    'Layer-2 tokens have now surrendered 25.1% over the past seven days.',
    [['25.1%', C, 'L2 30d figure on 7d']],
    'wrong-window',
  ),
  c(
    'newsletter',
    'Open interest across the perpetual futures we track fell 4.2% over the day to about $17.1 billion, a sign that leveraged longs are being cleared out rather than replaced.',
    [
      ['4.2%', S],
      ['$17.1 billion', S],
    ],
  ),
  c(
    'newsletter',
    'Open interest across the perpetual futures we track fell 10.8% over the day to about $17.1 billion.',
    [
      ['10.8%', C, 'OI 7d figure on 24h'],
      ['$17.1 billion', S],
    ],
    'wrong-window',
  ),
  c(
    'newsletter',
    'Markets opened Friday on the back foot. The total crypto market cap stood at $3.29 trillion, down 2.6% on the day, and Bitcoin dominance ticked up to 62.9%. Bitcoin itself fell 2.1% to $103.8K, while Ether lost 3.1%. The damage was worst in AI tokens, which gave up 6.4%; only two watchlist names, XRP and Helium, finished higher.',
    [
      ['$3.29 trillion', S],
      ['2.6%', S],
      ['62.9%', S],
      ['2.1%', S],
      ['$103.8K', S],
      ['3.1%', S],
      ['6.4%', S],
      ['two', S],
    ],
  ),
  c(
    'newsletter',
    'Markets opened Friday on the back foot. The total crypto market cap stood at $3.29 trillion, down 2.6% on the day. Bitcoin itself fell 2.1% to $103.8K, while Ether lost 3.6%.',
    [
      ['$3.29 trillion', S],
      ['2.6%', S],
      ['2.1%', S],
      ['$103.8K', S],
      ['3.6%', C, 'SOL figure on ETH'],
    ],
    'wrong-asset',
  ),

  // --- hedged analyst ---
  c(
    'analyst',
    'We estimate the AI basket is down somewhere between 6% and 7% on the day.',
    [
      ['6%', S],
      ['7%', S],
    ],
    'range',
  ),
  c(
    'analyst',
    'By our reckoning Bitcoin is off roughly 2% over 24 hours, and perhaps 5% on the week.',
    [
      ['2%', S],
      ['5%', S],
    ],
    'hedged',
  ),
  c(
    'analyst',
    'By our reckoning Bitcoin is off roughly 5% over 24 hours.',
    [['5%', C, 'BTC 7d figure on 24h']],
    'wrong-window',
  ),
  c(
    'analyst',
    "Bitcoin's 30-day realized volatility appears to be running near 29%, a touch below its seven-day reading of about 30.5%.",
    [
      ['29%', S],
      ['30.5%', S],
    ],
  ),
  c('analyst', "Bitcoin's 30-day realized volatility appears to be running near 39%.", [
    ['39%', C, 'BTC 30d vol 29.0'],
  ]),
  c(
    'analyst',
    "Ether's monthly drawdown is probably in the region of 13–14%.",
    [
      ['13', S],
      ['14%', S],
    ],
    'range',
  ),
  c(
    'analyst',
    "Ether's monthly drawdown is probably in the region of 20–22%.",
    [
      ['20', C, 'ETH 30d -13.7'],
      ['22%', C],
    ],
    'range',
  ),
  c(
    'analyst',
    'We would not be surprised to see Bitcoin test support at $100,000, which lies about 3.7% below the current price.',
    [
      ['$100,000', S],
      ['3.7%', U, 'distance to support: no fact states it'],
    ],
  ),
  c(
    'analyst',
    'Funding, at around 0.005% per eight hours on an open-interest-weighted basis, suggests longs remain in control, if only modestly.',
    [['0.005%', S]],
    'hedged',
  ),
  c(
    'analyst',
    'Funding, at around 0.05% per eight hours on an open-interest-weighted basis, suggests longs remain in control.',
    [['0.05%', C, 'avg funding 0.0054']],
    'scale-10x',
  ),
  c('analyst', 'AI tokens appear to have lost in excess of 6% today.', [['6%', S]], 'hedged'),
  c('analyst', 'AI tokens appear to have lost in excess of 8% today.', [['8%', C, 'AI 24h -6.35']]),
  c(
    'analyst',
    'Realised volatility on Ether over 30 days sits at an elevated 46.7%, versus a more subdued 31% on a seven-day view.',
    [
      ['46.7%', S],
      ['31%', S],
    ],
  ),
  c(
    'analyst',
    'Realised volatility on Ether over 30 days sits at an elevated 31%, versus 46.7% on a seven-day view.',
    [
      ['31%', C, 'ETH 7d vol on 30d'],
      ['46.7%', C, 'ETH 30d vol on 7d'],
    ],
    'wrong-window',
  ),
  c('analyst', 'Bitcoin fell at least 2% on the day.', [['2%', S]], 'hedged'),
  c('analyst', 'Bitcoin fell at least 3% on the day.', [['3%', C, 'BTC 24h -2.07']]),
  c('analyst', 'Solana is down less than 4% on the day.', [['4%', S]], 'hedged'),
  c(
    'analyst',
    'Ether fell less than 5% on the day.',
    [['5%', C, 'documented: under X needs f >= X/1.5 = 3.33; ETH 3.08']],
    'rule-bound',
  ),
  c('analyst', 'Dogwifhat lost upwards of 6% over 24 hours.', [['6%', S]], 'hedged'),
  c('analyst', 'Filecoin is down approximately 4.3% on the day.', [['4.3%', S]]),
  c(
    'analyst',
    'Filecoin is down approximately 7.9% on the day.',
    [['7.9%', C, 'FIL 7d figure on 24h']],
    'wrong-window',
  ),
  c('analyst', 'Ether dropped by as much as 3.1% during the session.', [['3.1%', S]]),
  c('analyst', 'AI tokens are down nearly 30% over the month.', [['30%', S]], 'hedged'),

  // --- translated-sounding ---
  c(
    'translated',
    'The price of the Bitcoin has made a diminution of 2.07% in the last 24 hours and is now of 103,812 dollars.',
    [
      ['2.07%', S],
      ['103,812', S],
    ],
  ),
  c('translated', 'The Ethereum is in decrease of 10.6% in the period of one week.', [['10.6%', S]]),
  c(
    'translated',
    'The Ethereum is in decrease of 13.7% in the period of one week.',
    [['13.7%', C, 'ETH 30d figure on 7d']],
    'wrong-window',
  ),
  c(
    'translated',
    'According to the data, the sector of artificial intelligence has lost the 29.9% of its value in the last month.',
    [['29.9%', S]],
  ),
  c('translated', 'The total capitalization of the crypto market results of 3.29 trillion dollars.', [
    ['3.29 trillion', S],
  ]),
  c('translated', 'Solana has registered a descent until the 152 dollars, losing the 3.6% in one day.', [
    ['152 dollars', S],
    ['3.6%', S],
  ]),
  c('translated', 'Solana has registered a descent until the 142 dollars, losing the 3.6% in one day.', [
    ['142 dollars', C, 'SOL 152.41'],
    ['3.6%', S],
  ]),
  c('translated', 'It is to note that the XRP is the only one of the Layer 1 to make a gain, of 0.94%.', [
    ['0.94%', S],
  ]),
  c('translated', 'In the week, the Layer 2 have lost 17.5% and the memes 15.8%.', [
    ['17.5%', S],
    ['15.8%', S],
  ]),
  c(
    'translated',
    'In the week, the Layer 2 have lost 15.8% and the memes 17.5%.',
    [
      ['15.8%', C, 'memes figure on L2'],
      ['17.5%', C, 'L2 figure on memes'],
    ],
    'wrong-asset',
  ),
  c('translated', 'The funding of Bitcoin stays positive at 0.0062% by 8 hours.', [['0.0062%', S]]),
  c('translated', 'The open interest of Bitcoin is diminished of 3.8% in 24 hours, at 8.92 billions of dollars.', [
    ['3.8%', S],
    ['8.92 billions', S],
  ]),
  c(
    'translated',
    'The open interest of Bitcoin is diminished of 9.6% in 24 hours.',
    [['9.6%', C, 'BTC OI 7d figure on 24h']],
    'wrong-window',
  ),

  // --- comma-decimal European ---
  c('european', 'Bitcoin: 103.812 USD (−2,07 %).', [
    ['103.812', S],
    ['−2,07 %', S],
  ]),
  c('european', 'Ether trades at 3.412,57 USD, a loss of 3,08 % over 24 hours.', [
    ['3.412,57', S],
    ['3,08 %', S],
  ]),
  c(
    'european',
    'Ether trades at 3.412,57 USD, a loss of 30,8 % over 24 hours.',
    [
      ['3.412,57', S],
      ['30,8 %', C, 'ETH 24h -3.08'],
    ],
    'scale-10x',
  ),
  c('european', 'The total market capitalisation stands at 3,29 trillion USD, down 2,6 % over 24 hours.', [
    ['3,29 trillion', S],
    ['2,6 %', S],
  ]),
  c('european', 'The total market capitalisation stands at 3,92 trillion USD, down 2,6 % over 24 hours.', [
    ['3,92 trillion', C, 'total cap 3.294T'],
    ['2,6 %', S],
  ]),
  c('european', 'AI tokens fell 6,4 % on the day and 29,9 % over 30 days; the sector is now worth 11,2 billion USD.', [
    ['6,4 %', S],
    ['29,9 %', S],
    ['11,2 billion', S],
  ]),
  c('european', 'Solana: 152,41 $, −3,6 % (24h), −12 % (7d).', [
    ['152,41', S],
    ['−3,6 %', S],
    ['−12 %', S],
  ]),
  c('european', 'Bitcoin funding: 0,0062 % per 8h; annualised 6,79 %.', [
    ['0,0062 %', S],
    ['6,79 %', S],
  ]),
  c('european', 'Open interest on ETH perps fell 4,6 % to 5,14 bn USD.', [
    ['4,6 %', S],
    ['5,14 bn', S],
  ]),
  c(
    'european',
    'Open interest on ETH perps fell 46 % to 5,14 bn USD.',
    [
      ['46 %', C, 'ETH OI 24h -4.6'],
      ['5,14 bn', S],
    ],
    'scale-10x',
  ),
  c('european', 'Bitcoin volume was roughly 0,96x its 7-day average.', [['0,96x', S]]),
  c('european', 'Avalanche trades at 16,92 USD after a drop of 3,9 % on the day.', [
    ['16,92', S],
    ['3,9 %', S],
  ]),
  c(
    'european',
    'Avalanche trades at 16,92 USD after a drop of 8,4 % on the day.',
    [
      ['16,92', S],
      ['8,4 %', C, 'AVAX 7d figure on 24h'],
    ],
    'wrong-window',
  ),

  // --- numbers in words ---
  c('words', 'Bitcoin slid two percent on the day.', [['two percent', S]]),
  c('words', 'Bitcoin slid twenty percent on the day.', [['twenty percent', C, 'BTC 24h -2.07']], 'scale-10x'),
  c('words', 'Twenty-eight of the thirty assets we track fell over the past day.', [
    ['Twenty-eight', S],
    ['thirty', S],
  ]),
  c('words', 'Eighteen of the thirty assets we track fell over the past day.', [
    ['Eighteen', C, '28 decliners'],
    ['thirty', S],
  ]),
  c('words', 'All seven AI tokens fell on the day.', [['seven', S]]),
  c('words', 'Only two watchlist assets rose over 24 hours.', [['two', S]]),
  c('words', 'Five watchlist assets rose over 24 hours.', [['Five', C, '2 advancers']]),
  c(
    'words',
    'The crypto market is worth three trillion dollars.',
    [['three trillion', C, 'documented: $3T is read as 2.95-3.05T; cap 3.294T']],
    'rule-bound',
  ),
  c('words', 'The crypto market is still worth more than three trillion dollars.', [['three trillion', S]], 'hedged'),
  c('words', 'Ether lost three percent overnight.', [['three percent', S]]),
  c('words', 'Ether lost thirty percent overnight.', [['thirty percent', C, 'ETH 24h -3.08']], 'scale-10x'),
  c('words', 'Across the perp market, OI-weighted funding averages about half a basis point every eight hours.', [
    ['half a basis point', S],
  ]),
  c('words', 'Every one of the four gaming tokens fell on the day.', [['four', S]]),
  c('words', 'Nine of the ten Layer 1s fell over 24 hours.', [
    ['Nine', S],
    ['ten', S],
  ]),
  c('words', 'Eight of the ten Layer 1s fell over 24 hours.', [
    ['Eight', C, '9 L1 decliners'],
    ['ten', S],
  ]),
  c('words', 'All ten Layer 1 tokens lost ground over the week.', [['ten', S]]),
  c('words', 'A third of the L1s rose over 24 hours.', [['A third', C, '1 of 10 L1s rose']]),

  // --- threshold counts ---
  c('counts', 'Two of the four L2 tokens fell more than 4.5% over 24 hours.', [
    ['Two', S],
    ['4.5%', S],
  ]),
  c('counts', 'Three of the four L2 tokens fell more than 4.5% over 24 hours.', [
    ['Three', C, 'only ARB and OP fell more than 4.5%'],
    ['4.5%', C, 'threshold figure shares the count verdict'],
  ]),
  c('counts', 'Four of the seven AI tokens fell more than 6% over 24 hours.', [
    ['Four', S],
    ['6%', S],
  ]),
  c('counts', 'Six of the seven AI tokens fell more than 6% over 24 hours.', [
    ['Six', C, '4 AI tokens fell more than 6%'],
    ['6%', C],
  ]),
  c('counts', 'All seven AI tokens lost more than 25% over 30 days.', [
    ['seven', S],
    ['25%', S],
  ]),

  // --- ranges ---
  c(
    'ranges',
    'Bitcoin traded in a $103,195–$106,814 range over the past 24 hours.',
    [
      ['$103,195', S],
      ['$106,814', S],
    ],
    'range',
  ),
  c('ranges', 'Bitcoin traded in a $101,195–$106,814 range over the past 24 hours.', [
    ['$101,195', C, 'BTC 24h low 103,195'],
    ['$106,814', S],
  ]),
  c(
    'ranges',
    'Ether swung between $3,405 and $3,528 on the day.',
    [
      ['$3,405', S],
      ['$3,528', S],
    ],
    'range',
  ),
  c(
    'ranges',
    'AI tokens lost 6–7% on the day.',
    [
      ['6', S],
      ['7%', S],
    ],
    'range',
  ),
  c(
    'ranges',
    'AI tokens lost 8–9% on the day.',
    [
      ['8', C, 'AI 24h -6.35'],
      ['9%', C],
    ],
    'range',
  ),
  c(
    'ranges',
    'L2s gave up 15–20% this week.',
    [
      ['15', S],
      ['20%', S],
    ],
    'range',
  ),
  c(
    'ranges',
    'L2s gave up 20–25% this week.',
    [
      ['20', C, 'L2 7d -17.5 (25 is the 30d)'],
      ['25%', C],
    ],
    'wrong-window',
  ),
  c(
    'ranges',
    'Most memecoins fell between 3.5% and 6.5% on the day.',
    [
      ['3.5%', S],
      ['6.5%', S],
    ],
    'range',
  ),
  c(
    'ranges',
    "Bitcoin's resistance band sits at $105,000–$107,000.",
    [
      ['$105,000', S],
      ['$107,000', S],
    ],
    'range',
  ),
  c(
    'ranges',
    'The total market cap is somewhere between $3.2 trillion and $3.4 trillion.',
    [
      ['$3.2 trillion', S],
      ['$3.4 trillion', S],
    ],
    'range',
  ),

  // --- basis points and multiples ---
  c('bps-multiples', 'BTC perp funding is running at 0.62 bps per 8h.', [['0.62 bps', S]]),
  c(
    'bps-multiples',
    'BTC perp funding is running at 6.2 bps per 8h.',
    [['6.2 bps', C, 'BTC funding 0.0062% = 0.62 bps']],
    'scale-10x',
  ),
  c(
    'bps-multiples',
    'XRP funding is the richest on our list at 0.74 basis points per interval, or about 8.1% annualized.',
    [
      ['0.74 basis points', S],
      ['8.1%', S],
    ],
  ),
  c(
    'bps-multiples',
    'XRP funding is the richest on our list at 0.74 basis points per interval, or about 81% annualized.',
    [
      ['0.74 basis points', S],
      ['81%', C, 'XRP funding APR 8.1'],
    ],
    'scale-10x',
  ),
  c('bps-multiples', 'Dogecoin funding is negative at -0.41 bps.', [['-0.41 bps', S]]),
  c(
    'bps-multiples',
    'Dogecoin funding is positive at 0.41 bps.',
    [
      ['0.41 bps', C, 'DOGE funding -0.0041'],
      ['positive', C, 'relabelled: the qualitative claim `funding is positive` is a claim too'],
    ],
    'direction-flip',
  ),
  c('bps-multiples', "Ether's 24-hour volume was 1.02x its seven-day average.", [['1.02x', S]]),
  c('bps-multiples', "Ether's 24-hour volume was 2x its seven-day average.", [['2x', C, 'ETH volume ratio 1.02']]),
  c('bps-multiples', 'Solana volume ran at 0.89 times its weekly average.', [['0.89 times', S]]),
  c('bps-multiples', 'Solana volume ran at 1.89 times its weekly average.', [
    ['1.89 times', C, 'SOL volume ratio 0.89'],
  ]),
  c('bps-multiples', 'The dominance reading edged up 30 bps to 62.9%.', [
    ['30 bps', U, 'no dominance-change fact'],
    ['62.9%', S],
  ]),
  c('bps-multiples', 'Solana funding annualizes to 4.2%.', [['4.2%', S]]),
  c('bps-multiples', 'Ether funding annualizes to 55.8%.', [['55.8%', C, 'ETH funding APR 5.58']], 'scale-10x'),

  // --- tables ---
  c(
    'table',
    '| Asset | 24h | 7d | 30d |\n|---|---|---|---|\n| BTC | -2.1% | -5.0% | -9.7% |\n| ETH | -3.1% | -10.6% | -13.7% |\n| SOL | -3.6% | -12.0% | -19.8% |',
    [
      ['-2.1%', S],
      ['-5.0%', S],
      ['-9.7%', S],
      ['-3.1%', S],
      ['-10.6%', S],
      ['-13.7%', S],
      ['-3.6%', S],
      ['-12.0%', S],
      ['-19.8%', S],
    ],
  ),
  c(
    'table',
    '| Asset | 24h | 7d | 30d |\n|---|---|---|---|\n| BTC | -2.1% | -5.0% | -9.7% |\n| ETH | -3.1% | -13.7% | -10.6% |',
    [
      ['-2.1%', S],
      ['-5.0%', S],
      ['-9.7%', S],
      ['-3.1%', S],
      ['-13.7%', C, 'ETH 30d in the 7d column'],
      ['-10.6%', C, 'ETH 7d in the 30d column'],
    ],
    'wrong-window',
  ),
  c(
    'table',
    '| Sector | 24h |\n|---|---|\n| AI | -6.4% |\n| L2 | -4.3% |\n| DePIN | -4.3% |\n| Gaming | -4.2% |\n| Memes | -4.2% |\n| L1 | -2.1% |',
    [
      ['-6.4%', S],
      ['-4.3%@1', S],
      ['-4.3%@2', S],
      ['-4.2%@1', S],
      ['-4.2%@2', S],
      ['-2.1%', S],
    ],
  ),
  c(
    'table',
    '| Sector | 24h |\n|---|---|\n| AI | -4.3% |\n| L2 | -6.4% |\n| L1 | -2.1% |',
    [
      ['-4.3%', C, 'L2 figure on AI'],
      ['-6.4%', C, 'AI figure on L2'],
      ['-2.1%', S],
    ],
    'wrong-asset',
  ),
  c(
    'table',
    '| Token | Price |\n|---|---|\n| BTC | $103,812 |\n| ETH | $3,412.57 |\n| XRP | $2.31 |\n| DOGE | $0.168 |',
    [
      ['$103,812', S],
      ['$3,412.57', S],
      ['$2.31', S],
      ['$0.168', S],
    ],
  ),
  c(
    'table',
    '| Token | Price |\n|---|---|\n| BTC | $103,812 |\n| XRP | $23.10 |',
    [
      ['$103,812', S],
      ['$23.10', C, 'XRP 2.31'],
    ],
    'scale-10x',
  ),

  // --- lists ---
  c('list', '- Bitcoin: $103.8K (−2.1%)\n- Ether: $3,413 (−3.1%)\n- XRP: $2.31 (+0.9%)', [
    ['$103.8K', S],
    ['−2.1%', S],
    ['$3,413', S],
    ['−3.1%', S],
    ['$2.31', S],
    ['+0.9%', S],
  ]),
  c(
    'list',
    '- Bitcoin: $103.8K (−2.1%)\n- Ether: $3,413 (+3.1%)\n- XRP: $2.31 (−0.9%)',
    [
      ['$103.8K', S],
      ['−2.1%', S],
      ['$3,413', S],
      ['+3.1%', C, 'ETH fell'],
      ['$2.31', S],
      ['−0.9%', C, 'XRP rose'],
    ],
    'direction-flip',
  ),
  c('list', 'Biggest 24h decliners in AI:\n1. VIRTUAL −8.8%\n2. FET −7.4%\n3. RENDER −6.9%', [
    ['−8.8%', S],
    ['−7.4%', S],
    ['−6.9%', S],
  ]),
  c(
    'list',
    'Biggest 24h decliners in AI:\n1. VIRTUAL −8.8%\n2. FET −8.8%\n3. RENDER −6.9%',
    [
      ['−8.8%@1', S],
      ['−8.8%@2', C, 'VIRTUAL figure on FET (-7.42)'],
      ['−6.9%', S],
    ],
    'wrong-asset',
  ),

  // --- headlines ---
  c(
    'headline',
    'Bitcoin slips 2% to $103.8K as AI tokens sink 6%',
    [
      ['2%', S],
      ['$103.8K', S],
      ['6%', S],
    ],
    'rounded',
  ),
  c('headline', 'Bitcoin slips 2% to $108.3K as AI tokens sink 6%', [
    ['2%', S],
    ['$108.3K', C, 'BTC 103.8K'],
    ['6%', S],
  ]),
  c('headline', 'Ether drops 3% as staking queue lengthens', [['3%', S]], 'rounded'),
  c('headline', 'Crypto market cap holds above $3 trillion', [['$3 trillion', S]], 'hedged'),
  c('headline', 'Crypto market cap holds above $4 trillion', [['$4 trillion', C, 'total cap 3.294T']]),
  c('headline', 'L2 tokens crater 18% on the week', [['18%', S]], 'rounded'),
  c('headline', 'Helium jumps 2.4% against the tide as 28 of 30 watchlist coins fall', [
    ['2.4%', S],
    ['28', S],
    ['30', S],
  ]),

  // --- paragraphs and pronouns ---
  c('paragraph', 'Ethereum had a rough session. It fell 3.1% to $3,413 and is now down 10.6% on the week.', [
    ['3.1%', S],
    ['$3,413', S],
    ['10.6%', S],
  ]),
  c(
    'paragraph',
    'Ethereum had a rough session. It fell 3.1% to $3,413 and is now down 13.7% on the week.',
    [
      ['3.1%', S],
      ['$3,413', S],
      ['13.7%', C, 'ETH 30d on 7d'],
    ],
    'wrong-window',
  ),
  c(
    'paragraph',
    "Render was the sector's laggard this week. The token lost 18.9% over seven days and now changes hands at $2.36.",
    [
      ['18.9%', S],
      ['$2.36', S],
    ],
  ),
  c('paragraph', "Render was the sector's laggard this week. The token lost 8.9% over seven days.", [
    ['8.9%', C, 'RENDER 7d -18.91'],
  ]),
  c('paragraph', 'Helium bucked the trend. It rose 2.4% over the day, one of only two watchlist gainers.', [
    ['2.4%', S],
    ['two', S],
  ]),
  c('paragraph', 'Helium bucked the trend. It fell 2.4% over the day.', [['2.4%', C, 'HNT rose']], 'direction-flip'),
  c('paragraph', "AI tokens, led lower by FET's 7.4% drop, fell 6.4% over 24 hours.", [
    ['7.4%', S],
    ['6.4%', S],
  ]),
  c(
    'paragraph',
    "AI tokens, led lower by FET's 8.8% drop, fell 6.4% over 24 hours.",
    [
      ['8.8%', C, 'VIRTUAL figure on FET'],
      ['6.4%', S],
    ],
    'wrong-asset',
  ),
  c('paragraph', 'Down 2% on the day, Bitcoin is holding above its $100,000 support.', [
    ['2%', S],
    ['$100,000', S],
  ]),
  c('paragraph', 'Down 6% on the day, Bitcoin is holding above its $100,000 support.', [
    ['6%', C, 'BTC 24h -2.07'],
    ['$100,000', S],
  ]),
  c('paragraph', "Ether fell 3.1%, more than Bitcoin's 2.1%.", [
    ['3.1%', S],
    ['2.1%', S],
  ]),
  c(
    'paragraph',
    "Ether fell 3.1%, more than Bitcoin's 1.6%.",
    [
      ['3.1%', S],
      ['1.6%', C, 'BNB figure on BTC'],
    ],
    'wrong-asset',
  ),
  c('paragraph', 'Polkadot is down 14.4% on the week and 21.7% over the month.', [
    ['14.4%', S],
    ['21.7%', S],
  ]),
  c(
    'paragraph',
    'Polkadot is down 21.7% on the week and 14.4% over the month.',
    [
      ['21.7%', C, 'DOT 30d on 7d'],
      ['14.4%', C, 'DOT 7d on 30d'],
    ],
    'wrong-window',
  ),

  // --- levels ---
  c('levels', 'Bitcoin slipped below $104,000.', [['$104,000', S]]),
  c('levels', 'Bitcoin pushed above $105,000.', [['$105,000', C, 'BTC 103.8K is below']], 'direction-flip'),
  c(
    'levels',
    'Bitcoin fell under $100,000 for the first time this month.',
    [['$100,000', C, 'BTC 103.8K is above']],
    'direction-flip',
  ),
  c('levels', 'Solana is holding just above $150 support.', [['$150', S]]),
  c('levels', 'Solana dipped below $150.', [['$150', C, 'SOL 152.41']], 'direction-flip'),
  c('levels', "Bitcoin's next resistance is $105,000, with support at $100,000.", [
    ['$105,000', S],
    ['$100,000', S],
  ]),
  c('levels', "Bitcoin's next resistance is $110,000, with support at $100,000.", [
    ['$110,000', C, 'resistance 105K'],
    ['$100,000', S],
  ]),
  c(
    'levels',
    'Bitcoin now trades below its 30-day swing low of $104.6K, having peaked at $115.7K earlier in the month.',
    [
      ['$104.6K', S],
      ['$115.7K', S],
    ],
  ),
  c('levels', 'Ether trades near $3,400 support.', [['$3,400', S]], 'hedged'),
  c('levels', "Ether's 24h high was $3,528 and its low $3,405.", [
    ['$3,528', S],
    ['$3,405', S],
  ]),
  c('levels', "Ether's 24h high was $3,628 and its low $3,405.", [
    ['$3,628', C, 'ETH high 3528'],
    ['$3,405', S],
  ]),
  c('levels', 'Bitcoin is trading just under $104K.', [['$104K', S]], 'hedged'),

  // --- sources ---
  c('source', 'U.S. spot bitcoin ETFs recorded $420 million of net outflows on Thursday, according to CoinDesk.', [
    ['$420 million', B],
  ]),
  c('source', 'U.S. spot bitcoin ETFs recorded $420 million of net outflows on Thursday.', [
    ['$420 million', U, 'not attributed'],
  ]),
  c('source', 'U.S. spot bitcoin ETFs recorded $520 million of net outflows on Thursday, according to CoinDesk.', [
    ['$520 million', U, 'not in the headline'],
  ]),
  c('source', 'Spot bitcoin funds lost $420 million on Thursday, according to Farside data cited by CoinDesk.', [
    ['$420 million', B],
  ]),
  c('source', 'Bitcoin Magazine flagged $103,000 as the next support level for Bitcoin.', [
    ['$103,000', B, 'no fact supports 103K support; headline figure, attributed'],
  ]),
  c('source', 'Bitcoin traded near $103,800 early Friday, Bitcoin Magazine reported.', [['$103,800', S]]),
  c('source', 'Virtuals Protocol was down close to 9%, Decrypt reported.', [['9%', S]]),
  c('source', 'Decrypt reported that Solana dipped below $155.', [['$155', S]]),
  c('source', "CoinDesk's headline put the AI slide at 6%.", [['6%', S]]),
  c('source', "Starknet's STRK dropped 9% on the day, traders said.", [['9%', U, 'off-watchlist token']]),

  // --- macro / forecasts / no fact ---
  c('macro', 'US payrolls rose by 119,000 last month, according to Reuters.', [['119,000', U]]),
  c('macro', 'Bitcoin is down 15% year to date.', [['15%', U, 'no year-to-date fact']]),
  c('macro', 'The Nasdaq fell 1.2% on Thursday.', [['1.2%', U]]),
  c('macro', 'Analysts see Bitcoin reaching $150,000 by the end of next year.', [['$150,000', U, 'forecast']]),
  c('macro', "Ether's staking yield sits at 3.2%.", [['3.2%', U, 'no staking-yield fact']]),
  c('macro', 'Gold rose 0.8% as the dollar weakened.', [['0.8%', U]]),

  // --- qualitative ---
  c(
    'qualitative',
    'Funding turned negative across the perp market.',
    [['turned negative', C, 'avg funding +0.0054']],
    'direction-flip',
  ),
  c('qualitative', 'Dogecoin funding turned negative.', [['turned negative', S]]),
  c('qualitative', 'AI tokens led losses on the day.', [['led losses', S]]),
  c(
    'qualitative',
    'Memecoins led losses on the day.',
    [['led losses', C, 'AI had the lowest 24h change']],
    'wrong-asset',
  ),
  c('qualitative', 'Layer 1s held up best over the week.', [['held up best', S]]),
  c(
    'qualitative',
    'Gaming tokens were the weakest sector this week.',
    [['weakest sector', C, 'L2 was weakest over 7d']],
    'wrong-asset',
  ),

  // --- correct statements that look wrong ---
  c('trap-correct', 'Bitcoin fell -2.1% on the day.', [['-2.1%', S]]),
  c('trap-correct', 'The total crypto market is worth roughly $3.3 trillion.', [['$3.3 trillion', S]], 'rounded'),
  c('trap-correct', "Bitcoin's market value is $2.07 trillion.", [['$2.07 trillion', S]]),
  c('trap-correct', "Ether's market cap slipped to $412 billion.", [['$412 billion', S]]),
  c('trap-correct', "Solana's market cap is $83.6bn.", [['$83.6bn', S]]),
  c('trap-correct', 'Bitcoin 24h volume: $2.35bn.', [['$2.35bn', S]]),
  c('trap-correct', 'Total crypto trading volume reached $118.6 billion over the past day.', [['$118.6 billion', S]]),
  c('trap-correct', 'Total perp open interest is down 10.8% on the week to $17.1 billion.', [
    ['10.8%', S],
    ['$17.1 billion', S],
  ]),
  c('trap-correct', 'Shiba Inu slipped 3.6% to $0.0000098.', [
    ['3.6%', S],
    ['$0.0000098', S],
  ]),
  c('trap-correct', "Axie Infinity's seven-day realized volatility has spiked to 110%.", [['110%', S]]),
  c('trap-correct', 'Dogecoin open interest dropped 7.1% over the day to $610 million.', [
    ['7.1%', S],
    ['$610 million', S],
  ]),
  c('trap-correct', 'Bitcoin open interest stands at $8.9 billion.', [['$8.9 billion', S]], 'rounded'),
  c('trap-correct', 'Memecoins are worth a combined $34.1 billion on our watchlist.', [['$34.1 billion', S]]),
  c('trap-correct', 'Memecoins shed $6.4 billion over the week.', [['$6.4 billion', S]]),
  c('trap-correct', 'The gaming basket lost $91.6 million in value over 24 hours.', [['$91.6 million', S]]),
  c('trap-correct', "CoinGecko's broader AI category is valued at $20.5 billion.", [['$20.5 billion', S]]),
  c('trap-correct', 'DePIN tokens are down 12.3% this week.', [['12.3%', S]]),
  c('trap-correct', 'Avalanche slid 3.9% overnight.', [['3.9%', S]]),
  c('trap-correct', 'Cardano has lost 16.7% over 30 days.', [['16.7%', S]]),
  c('trap-correct', 'Sui is off 19.8% month over month.', [['19.8%', S]]),
  c('trap-correct', 'Arbitrum dropped 18.4% w/w, Optimism 17.1%.', [
    ['18.4%', S],
    ['17.1%', S],
  ]),
  c('trap-correct', 'On Nov. 20, 2026 at 07:00 UTC, Bitcoin was down 2.1% over 24h.', [
    ['Nov. 20, 2026', I],
    ['07:00', I],
    ['2.1%', S],
  ]),
  c('trap-correct', 'In the top 10 by market cap, only XRP rose on the day, up 0.9%.', [
    ['top 10', I],
    ['0.9%', S],
  ]),
  c('trap-correct', 'XRP bucked the trend, rising 0.9%.', [['0.9%', S]]),

  // --- wrong statements that look right ---
  c(
    'trap-wrong',
    'Ether fell 3.6% to $3,413.',
    [
      ['3.6%', C, 'SOL figure on ETH'],
      ['$3,413', S],
    ],
    'wrong-asset',
  ),
  c('trap-wrong', 'Solana fell 12.0% over 24 hours.', [['12.0%', C, 'SOL 7d on 24h']], 'wrong-window'),
  c('trap-wrong', 'Bitcoin fell 9.7% over the week.', [['9.7%', C, 'BTC 30d on 7d']], 'wrong-window'),
  c('trap-wrong', 'DePIN tokens lost 6.4% on the day.', [['6.4%', C, 'AI figure on DePIN']], 'wrong-asset'),
  c('trap-wrong', 'Bittensor dropped 8.8% over 24h.', [['8.8%', C, 'VIRTUAL figure on TAO']], 'wrong-asset'),
  c('trap-wrong', 'XRP fell 0.9% on the day.', [['0.9%', C, 'XRP rose']], 'direction-flip'),
  c('trap-wrong', "Bitcoin's market cap is $20.7 trillion.", [['$20.7 trillion', C]], 'scale-10x'),
  c('trap-wrong', 'Dogecoin trades at $1.68.', [['$1.68', C, 'DOGE 0.168']], 'scale-10x'),
  c(
    'trap-wrong',
    'Pepe slipped 5.4% to $0.000061.',
    [
      ['5.4%', S],
      ['$0.000061', C, 'PEPE 0.0000061'],
    ],
    'scale-10x',
  ),
  c(
    'trap-wrong',
    "Bitcoin's 7-day realized volatility is 29.0%.",
    [['29.0%', C, 'BTC 30d vol on 7d (30.5)']],
    'wrong-window',
  ),
  c('trap-wrong', "Dogecoin's 7-day realised vol is 11.1%.", [['11.1%', C, 'DOGE 7d vol 110.8']], 'scale-10x'),
  c(
    'trap-wrong',
    'Dogecoin open interest dropped 15.8% over the day to $610 million.',
    [
      ['15.8%', C, 'DOGE OI 7d on 24h'],
      ['$610 million', S],
    ],
    'wrong-window',
  ),
  c('trap-wrong', 'Bitcoin open interest stands at $89 billion.', [['$89 billion', C]], 'scale-10x'),
  c(
    'trap-wrong',
    'Memecoins shed $6.4 billion over the day.',
    [['$6.4 billion', C, 'memes 24h cap change -1.49B']],
    'wrong-window',
  ),
  c('trap-wrong', 'DePIN tokens are down 20.8% this week.', [['20.8%', C, 'DePIN 30d on 7d']], 'wrong-window'),
  c('trap-wrong', 'Avalanche slid 8.4% overnight.', [['8.4%', C, 'AVAX 7d on 24h']], 'wrong-window'),
  c(
    'trap-wrong',
    'Arbitrum dropped 27.3% w/w, Optimism 17.1%.',
    [
      ['27.3%', C, 'ARB 30d on 7d'],
      ['17.1%', S],
    ],
    'wrong-window',
  ),
  c('trap-wrong', 'Total perp open interest fell 10.8% in 24 hours.', [['10.8%', C, 'OI 7d on 24h']], 'wrong-window'),
  c('trap-wrong', 'Cardano rose 2.8% on the day.', [['2.8%', C, 'ADA fell']], 'direction-flip'),
  c('trap-wrong', 'AI tokens posted a 6% gain on the day.', [['6%', C, 'AI fell']], 'direction-flip'),
  c(
    'trap-wrong',
    'Solana is up 3.6% over 24 hours at $152.41.',
    [
      ['3.6%', C, 'SOL fell'],
      ['$152.41', S],
    ],
    'direction-flip',
  ),
  c('trap-wrong', 'The Sandbox fell 15.5% this week.', [['15.5%', C, 'AXS figure on SAND (-9.54)']], 'wrong-asset'),
  c(
    'trap-wrong',
    'Gala lost 4.6% while Axie Infinity fell 4.6% too.',
    [
      ['4.6%@1', S],
      ['4.6%@2', C, 'AXS 24h -4.42'],
    ],
    'wrong-asset',
  ),

  // --- arithmetic inside one sentence ---
  c(
    'arithmetic',
    "The AI sector's market cap fell from $12.0 billion to $11.2 billion over 24 hours, a 6.4% decline.",
    [
      ['$12.0 billion', S],
      ['$11.2 billion', S],
      ['6.4%', S],
    ],
  ),
  c(
    'arithmetic',
    "The AI sector's market cap fell from $16.0 billion to $11.2 billion over 30 days, a 30% drop, erasing $4.8 billion.",
    [
      ['$16.0 billion', S],
      ['$11.2 billion', S],
      ['30%', S],
      ['$4.8 billion', S],
    ],
  ),
  c(
    'arithmetic',
    "The AI sector's market cap fell from $16.0 billion to $11.2 billion over 30 days, a 40% drop, erasing $4.8 billion.",
    [
      ['$16.0 billion', S],
      ['$11.2 billion', S],
      ['40%', C, '(11.2-16)/16 = -30%'],
      ['$4.8 billion', S],
    ],
  ),
  c(
    'arithmetic',
    "The AI sector's market cap fell from $16.0 billion to $11.2 billion over 30 days, a 30% drop, erasing $6.8 billion.",
    [
      ['$16.0 billion', S],
      ['$11.2 billion', S],
      ['30%', S],
      ['$6.8 billion', C, '16.0 - 11.2 = 4.8'],
    ],
  ),
  c('arithmetic', 'Total market cap slid from $3.38 trillion to $3.29 trillion over 24 hours.', [
    ['$3.38 trillion', S],
    ['$3.29 trillion', S],
  ]),
  c('arithmetic', 'Total market cap slid from $3.58 trillion to $3.29 trillion over 24 hours.', [
    ['$3.58 trillion', C, 'start = 3.38T'],
    ['$3.29 trillion', S],
  ]),

  // --- social ---
  c('social', '$BTC down 2% today, sitting at 103.8k 👀', [
    ['2%', S],
    ['103.8k', S],
  ]),
  c('social', '$SOL -3.6% 24h, $152 handle', [
    ['-3.6%', S],
    ['$152', S],
  ]),
  c('social', '$ETH -31% today lol', [['-31%', C, 'ETH 24h -3.08']], 'scale-10x'),
  c('social', 'AI coins getting wrecked, -6.4% on the day, $VIRTUAL -8.8%', [
    ['-6.4%', S],
    ['-8.8%', S],
  ]),
  c(
    'social',
    'AI coins getting wrecked, -6.4% on the day, $TAO -8.8%',
    [
      ['-6.4%', S],
      ['-8.8%', C, 'VIRTUAL figure on TAO'],
    ],
    'wrong-asset',
  ),
  c('social', 'meme coins -4.2% today, $WIF worst at -6.3%, $DOGE funding flipped negative', [
    ['-4.2%', S],
    ['-6.3%', S],
  ]),
];
