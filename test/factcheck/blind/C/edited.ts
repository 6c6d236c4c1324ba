import type { BlindCase } from '../types.ts';
export const cases: BlindCase[] = [
  {
    id: 'C-ed-01',
    voice: 'edited',
    style: 'daily',
    text: 'Bitcoin rose 3.84 % to $ 112,486 , its highest in a month. Ether gained 4. 6% to $3 987. Solana added 5,4% to $ 171.36.',
    numbers: [
      {
        find: '3.84 %',
        label: 'supported',
      },
      {
        find: '$ 112,486',
        label: 'supported',
      },
      {
        find: '4. 6%',
        label: 'supported',
      },
      {
        find: '$3 987',
        label: 'supported',
      },
      {
        find: '5,4%',
        label: 'supported',
      },
      {
        find: '$ 171.36',
        label: 'supported',
      },
    ],
  },
  {
    id: 'C-ed-02',
    voice: 'edited',
    style: 'daily',
    text: 'Bitcoin climbed to 112 486 dollars while ether rose to 3 987. BTC rose 4.84%, ETH 5.62%.',
    numbers: [
      {
        find: '112 486',
        label: 'supported',
      },
      {
        find: '3 987',
        label: 'supported',
      },
      {
        find: '4.84%',
        label: 'contradicted',
        note: 'BTC 24h +3.84%',
      },
      {
        find: '5.62%',
        label: 'contradicted',
        note: 'ETH 24h +4.62%',
      },
    ],
  },
  {
    id: 'C-ed-03',
    voice: 'edited',
    style: 'sector',
    text: 'The total market cap rose 3.7pc to $3.62tn. Bitcoin dominance was 6.21%, and 27 of 30 assets gained.',
    numbers: [
      {
        find: '3.7pc',
        label: 'supported',
      },
      {
        find: '$3.62tn',
        label: 'supported',
      },
      {
        find: '6.21%',
        label: 'contradicted',
        note: 'dominance 62.1%; decimal slip',
      },
      {
        find: '27',
        label: 'supported',
      },
      {
        find: '30',
        label: 'supported',
      },
    ],
  },
  {
    id: 'C-ed-04',
    voice: 'edited',
    style: 'daily',
    text: 'Losers: OP−2.4%, ARB−1.9%, SHIB−0.6%. Winners: VIRTUAL+14.3%, FET+11.8%, GALA+9.8%, HNT−6.2%.',
    numbers: [
      {
        find: '−2.4%',
        label: 'supported',
      },
      {
        find: '−1.9%',
        label: 'supported',
      },
      {
        find: '−0.6%',
        label: 'supported',
      },
      {
        find: '+14.3%',
        label: 'supported',
      },
      {
        find: '+11.8%',
        label: 'supported',
      },
      {
        find: '+9.8%',
        label: 'supported',
      },
      {
        find: '−6.2%',
        label: 'contradicted',
        note: 'HNT 24h +1.24%; -6.2% is 7d',
      },
    ],
  },
  {
    id: 'C-ed-05',
    voice: 'edited',
    style: 'daily',
    text: 'Ether’s funding rate was 0.0094 % per 8h (10.3 per cent annualised), while SOL funding was minus 0.0027% and DOGE funding −0.0058%. Bitcoin funding was 0.00812%.',
    numbers: [
      {
        find: '0.0094 %',
        label: 'supported',
      },
      {
        find: '8h',
        label: 'ignored',
      },
      {
        find: '10.3 per cent',
        label: 'supported',
      },
      {
        find: '0.0027%',
        label: 'supported',
      },
      {
        find: '−0.0058%',
        label: 'supported',
      },
      {
        find: '0.00812%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'C-ed-06',
    voice: 'edited',
    style: 'sector',
    text: 'Bitcoin trades at ＄１１２，４８６, up ＋３．８％. Ether is at ＄３，９８７, up ＋７．６％.',
    numbers: [
      {
        find: '＄１１２，４８６',
        label: 'supported',
      },
      {
        find: '＋３．８％',
        label: 'supported',
      },
      {
        find: '＄３，９８７',
        label: 'supported',
      },
      {
        find: '＋７．６％',
        label: 'contradicted',
        note: 'ETH 24h +4.62%',
      },
    ],
  },
  {
    id: 'C-ed-07',
    voice: 'edited',
    style: 'daily',
    text: 'AI tokens rose 𝟗.𝟐% and Virtuals gained 𝟐𝟒.𝟑%. FET rose 𝟏𝟏.𝟖%.',
    numbers: [
      {
        find: '𝟗.𝟐%',
        label: 'supported',
      },
      {
        find: '𝟐𝟒.𝟑%',
        label: 'contradicted',
        note: 'VIRTUAL 24h +14.3%',
      },
      {
        find: '𝟏𝟏.𝟖%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'C-ed-08',
    voice: 'edited',
    style: 'daily',
    text: 'Bitcoin rose &#51;&#46;&#56;% and solana &#49;&#53;&#46;&#52;%. Bitcoin dominance: &#54;&#50;%.',
    numbers: [
      {
        find: '&#51;&#46;&#56;%',
        label: 'supported',
      },
      {
        find: '&#49;&#53;&#46;&#52;%',
        label: 'contradicted',
        note: 'SOL 24h +5.4%',
      },
      {
        find: '&#54;&#50;%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'C-ed-09',
    voice: 'edited',
    style: 'sector',
    text: 'Bitcoin was quoted at $1.12e5, up 3.84e0%. Total market cap stood at $3.62e12. Ether rose 5e1%.',
    numbers: [
      {
        find: '$1.12e5',
        label: 'supported',
      },
      {
        find: '3.84e0%',
        label: 'supported',
      },
      {
        find: '$3.62e12',
        label: 'supported',
      },
      {
        find: '5e1%',
        label: 'contradicted',
        note: 'ETH 24h +4.62%; 5e1 = 50%',
      },
    ],
  },
  {
    id: 'C-ed-10',
    voice: 'edited',
    style: 'daily',
    text: "Bitcoin soared 50% on the day, according to Decrypt. Decrypt's headline said shorts were squeezed as price pushed past $112,000.",
    numbers: [
      {
        find: '50%',
        label: 'contradicted',
        note: 'BTC 24h +3.84%',
      },
      {
        find: '$112,000',
        label: 'supported',
      },
    ],
  },
  {
    id: 'C-ed-11',
    voice: 'edited',
    style: 'daily',
    text: 'Avalance rose 6.3 % to $19.84; Polkadto gained 4.5% to $3.318; Cardnao rose 3.9% to $0.5873; Nera jumped 18.9%.',
    numbers: [
      {
        find: '6.3 %',
        label: 'supported',
      },
      {
        find: '$19.84',
        label: 'supported',
      },
      {
        find: '4.5%',
        label: 'supported',
      },
      {
        find: '$3.318',
        label: 'supported',
      },
      {
        find: '3.9%',
        label: 'supported',
      },
      {
        find: '$0.5873',
        label: 'supported',
      },
      {
        find: '18.9%',
        label: 'contradicted',
        note: 'NEAR 24h +8.9%',
      },
    ],
  },
  {
    id: 'C-ed-12',
    voice: 'edited',
    style: 'sector',
    text: 'The Graph rose 6.4 %, Bittensor 8.7 % and Worldcoin 7,5 %. Render surged 9.46 per cent. Filecoin gained 3 .1%.',
    numbers: [
      {
        find: '6.4 %',
        label: 'supported',
      },
      {
        find: '8.7 %',
        label: 'supported',
      },
      {
        find: '7,5 %',
        label: 'supported',
      },
      {
        find: '9.46',
        label: 'supported',
      },
      {
        find: '3 .1%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'C-ed-13',
    voice: 'edited',
    style: 'daily',
    text: 'Open interest on BTC perps rose 6.2 % to $9.84bn; ETH OI rose 7.8 % to $5.91 bn. Total OI $ 19.1bn, up 15.1%.',
    numbers: [
      {
        find: '6.2 %',
        label: 'supported',
      },
      {
        find: '$9.84bn',
        label: 'supported',
      },
      {
        find: '7.8 %',
        label: 'supported',
      },
      {
        find: '$5.91 bn',
        label: 'supported',
      },
      {
        find: '$ 19.1bn',
        label: 'supported',
      },
      {
        find: '15.1%',
        label: 'contradicted',
        note: 'total OI 24h +5.1%',
      },
    ],
  },
  {
    id: 'C-ed-14',
    voice: 'edited',
    style: 'daily',
    text: 'Layer-1 tokens rose 3.9%, with NEAR leading at 8.9 %, SUI 7.1 % and AVAX 6.3 %. BNB lagged at 1.9 %. XRP rose 22%.',
    numbers: [
      {
        find: 'Layer-1',
        label: 'ignored',
      },
      {
        find: '3.9%',
        label: 'supported',
      },
      {
        find: '8.9 %',
        label: 'supported',
      },
      {
        find: '7.1 %',
        label: 'supported',
      },
      {
        find: '6.3 %',
        label: 'supported',
      },
      {
        find: '1.9 %',
        label: 'supported',
      },
      {
        find: '22%',
        label: 'contradicted',
        note: 'XRP 24h +2.2%; decimal dropped',
      },
    ],
  },
  {
    id: 'C-ed-15',
    voice: 'edited',
    style: 'sector',
    text: 'Bitcoin’s 24-hour range: $108,050 – $112,512. Ether’s: $3,809 – $3,998. Solana’s: $162.14 – $172.13. Bittensor’s: $314 – $389.',
    numbers: [
      {
        find: '24-hour',
        label: 'ignored',
      },
      {
        find: '$108,050',
        label: 'supported',
      },
      {
        find: '$112,512',
        label: 'supported',
      },
      {
        find: '$3,809',
        label: 'supported',
      },
      {
        find: '$3,998',
        label: 'supported',
      },
      {
        find: '$162.14',
        label: 'supported',
      },
      {
        find: '$172.13',
        label: 'supported',
      },
      {
        find: '$314',
        label: 'contradicted',
        note: 'TAO low $341.14; digits transposed',
      },
      {
        find: '$389',
        label: 'supported',
      },
    ],
  },
  {
    id: 'C-ed-16',
    voice: 'edited',
    style: 'sector',
    text: 'Gaming rose 6.1%. Gala led with 9.8%, Axie rose 8.9%, Sandbox rose 7.6%, IMX lagged at 2.6%.\nMemes rose 1.8%; Dogecoin 2.1%; Pepe 3.4%; WIF 4,8%; SHIB −0,6%.',
    numbers: [
      {
        find: '6.1%',
        label: 'supported',
      },
      {
        find: '9.8%',
        label: 'supported',
      },
      {
        find: '8.9%',
        label: 'supported',
      },
      {
        find: '7.6%',
        label: 'supported',
      },
      {
        find: '2.6%',
        label: 'supported',
      },
      {
        find: '1.8%',
        label: 'supported',
      },
      {
        find: '2.1%',
        label: 'supported',
      },
      {
        find: '3.4%',
        label: 'supported',
      },
      {
        find: '4,8%',
        label: 'supported',
      },
      {
        find: '−0,6%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'C-ed-17',
    voice: 'edited',
    style: 'daily',
    text: 'The AI sector gained 1,15 billion dollars in market value. Layer 1’s market cap rose by $117.4 bn. DePIN’s cap rose by $1.95bn.',
    numbers: [
      {
        find: '1,15 billion',
        label: 'supported',
      },
      {
        find: 'Layer 1',
        label: 'ignored',
      },
      {
        find: '$117.4 bn',
        label: 'supported',
      },
      {
        find: '$1.95bn',
        label: 'contradicted',
        note: 'DePIN cap change $195.6M',
      },
    ],
  },
  {
    id: 'C-ed-18',
    voice: 'edited',
    style: 'sector',
    text: 'ARB−1.9% OP−2.4% POL+0.3% IMX+2.6%. Layer-2 fell 0.4% overall, with 2 up and 3\ndown.',
    numbers: [
      {
        find: '1.9%',
        label: 'supported',
      },
      {
        find: '2.4%',
        label: 'supported',
      },
      {
        find: '0.3%',
        label: 'supported',
      },
      {
        find: '2.6%',
        label: 'supported',
      },
      {
        find: 'Layer-2',
        label: 'ignored',
      },
      {
        find: '0.4%',
        label: 'supported',
      },
      {
        find: '2@4',
        label: 'supported',
      },
      {
        find: '3@2',
        label: 'contradicted',
        note: 'L2 2 down',
      },
    ],
  },
  {
    id: 'C-ed-19',
    voice: 'edited',
    style: 'daily',
    text: 'XRP rose 2.16% to $2.4817; it is below its 30-day swing high of $2.6953. ADA rose 3.92 %, below its 30-day high of $0.76.',
    numbers: [
      {
        find: '2.16%',
        label: 'supported',
      },
      {
        find: '$2.4817',
        label: 'supported',
      },
      {
        find: '30-day@1',
        label: 'ignored',
      },
      {
        find: '$2.6953',
        label: 'supported',
      },
      {
        find: '3.92 %',
        label: 'supported',
      },
      {
        find: '30-day@2',
        label: 'ignored',
      },
      {
        find: '$0.76',
        label: 'contradicted',
        note: 'ADA swing high $0.6714',
      },
    ],
  },
  {
    id: 'C-ed-20',
    voice: 'edited',
    style: 'sector',
    text: 'Bitcoin could hit $ 130,000 in Q1, some analysts say. Its record of $126 000 set in October. ETF inflows of $ 612 mln on Wednesday were reported by Bitcoin Magazine.',
    numbers: [
      {
        find: '$ 130,000',
        label: 'unsupported',
        note: 'forecast',
      },
      {
        find: 'Q1',
        label: 'ignored',
      },
      {
        find: '$126 000',
        label: 'unsupported',
        note: 'history',
      },
      {
        find: '$ 612 mln',
        label: 'supported-by-source',
      },
    ],
  },
  {
    id: 'C-ed-21',
    voice: 'edited',
    style: 'daily',
    text: 'DOGE funding: −0.0058%. DOGE OI: $680 m, down 5.6 %. DOGE price: $0.1841, up 12.1%.',
    numbers: [
      {
        find: '−0.0058%',
        label: 'supported',
      },
      {
        find: '$680 m',
        label: 'supported',
      },
      {
        find: '5.6 %',
        label: 'supported',
      },
      {
        find: '$0.1841',
        label: 'supported',
      },
      {
        find: '12.1%',
        label: 'contradicted',
        note: 'DOGE 24h +2.14%',
      },
    ],
  },
  {
    id: 'C-ed-22',
    voice: 'edited',
    style: 'daily',
    text: 'SOL open interest fell 3.4 per cent to $1.63bn. SOL is up 8.3 pc on the day, above support of $170.',
    numbers: [
      {
        find: '3.4 per cent',
        label: 'supported',
      },
      {
        find: '$1.63bn',
        label: 'supported',
      },
      {
        find: '8.3 pc',
        label: 'contradicted',
        note: 'SOL 24h +5.4%; 8.3% is 7d',
      },
      {
        find: '$170',
        label: 'supported',
      },
    ],
  },
  {
    id: 'C-ed-23',
    voice: 'edited',
    style: 'sector',
    text: 'Total volume: $164.2 bn. BTC volume: $3.44 bn. ETH volume: $17.9 bn. SOL volume: $735 m.',
    numbers: [
      {
        find: '$164.2 bn',
        label: 'supported',
      },
      {
        find: '$3.44 bn',
        label: 'supported',
      },
      {
        find: '$17.9 bn',
        label: 'contradicted',
        note: 'ETH volume $1.79B; decimal slip',
      },
      {
        find: '$735 m',
        label: 'supported',
      },
    ],
  },
  {
    id: 'C-ed-24',
    voice: 'edited',
    style: 'daily',
    text: "Bitcoin's 7-day realised vol was 33.9 % and 30-day 29 %; TAO's 7-day vol reached 126.8%.",
    numbers: [
      {
        find: '7-day@1',
        label: 'ignored',
      },
      {
        find: '33.9 %',
        label: 'supported',
      },
      {
        find: '30-day',
        label: 'ignored',
      },
      {
        find: '29 %',
        label: 'supported',
      },
      {
        find: '7-day@2',
        label: 'ignored',
      },
      {
        find: '126.8%',
        label: 'contradicted',
        note: 'TAO 7d vol 162.8%; digits transposed',
      },
    ],
  },
  {
    id: 'C-ed-25',
    voice: 'edited',
    style: 'daily',
    text: 'Virtuals jumped14.3%; FET11.8 %; NEAR8.9%; TAO8.7%; WLD7.5%; GRT6.4%; RENDER19.5%.',
    numbers: [
      {
        find: '14.3%',
        label: 'supported',
      },
      {
        find: '11.8 %',
        label: 'supported',
      },
      {
        find: '8.9%',
        label: 'supported',
      },
      {
        find: '8.7%',
        label: 'supported',
      },
      {
        find: '7.5%',
        label: 'supported',
      },
      {
        find: '6.4%',
        label: 'supported',
      },
      {
        find: '19.5%',
        label: 'contradicted',
        note: 'RENDER 24h +9.46%',
      },
    ],
  },
  {
    id: 'C-ed-26',
    voice: 'edited',
    style: 'sector',
    text: 'Bitcoin is up 11.0 % over seven days and 11.5 % over 30 days. Ether is up 4.3% over the week and 20.2% over the month.',
    numbers: [
      {
        find: '11.0 %',
        label: 'supported',
      },
      {
        find: '11.5 %',
        label: 'supported',
      },
      {
        find: '30 days',
        label: 'ignored',
      },
      {
        find: '4.3%',
        label: 'supported',
      },
      {
        find: '20.2%',
        label: 'contradicted',
        note: 'ETH 30d +10.2%',
      },
    ],
  },
  {
    id: 'C-ed-27',
    voice: 'edited',
    style: 'daily',
    text: 'Solana rose 5.4 %; its open interest rose 3.4 %. XRP’s OI fell 1.9%. BTC’s OI rose 62 %.',
    numbers: [
      {
        find: '5.4 %',
        label: 'supported',
      },
      {
        find: '3.4 %',
        label: 'contradicted',
        note: 'SOL OI 24h -3.4%; sign flipped',
      },
      {
        find: '1.9%',
        label: 'contradicted',
        note: 'XRP OI 24h +1.9%; sign flipped',
      },
      {
        find: '62 %',
        label: 'contradicted',
        note: 'BTC OI 24h +6.2%; decimal dropped',
      },
    ],
  },
  {
    id: 'C-ed-28',
    voice: 'edited',
    style: 'daily',
    text: 'Gaming’s market cap is $ 24.4 bn; AI’s is $13.6bn; DePIN’s $3.8 bn; Memes’ $3.72bn.',
    numbers: [
      {
        find: '$ 24.4 bn',
        label: 'contradicted',
        note: 'gaming cap $2.44B; decimal slip',
      },
      {
        find: '$13.6bn',
        label: 'supported',
      },
      {
        find: '$3.8 bn',
        label: 'supported',
      },
      {
        find: '$3.72bn',
        label: 'contradicted',
        note: 'memes cap $37.2B; decimal slip',
      },
    ],
  },
  {
    id: 'C-ed-29',
    voice: 'edited',
    style: 'sector',
    text: 'BTC touched $112 512 overnight, up from a low of $180 050. ETH low was $3 809.',
    numbers: [
      {
        find: '$112 512',
        label: 'supported',
      },
      {
        find: '$180 050',
        label: 'contradicted',
        note: 'BTC 24h low $108,050; typo',
      },
      {
        find: '$3 809',
        label: 'supported',
      },
    ],
  },
  {
    id: 'C-ed-30',
    voice: 'edited',
    style: 'daily',
    text: 'The Sandbox rose 7.6 % to $0.2214; Axie rose 8.9% to $16.138. Gala rose 9. 8% to $0.1342.',
    numbers: [
      {
        find: '7.6 %',
        label: 'supported',
      },
      {
        find: '$0.2214',
        label: 'supported',
      },
      {
        find: '8.9%',
        label: 'supported',
      },
      {
        find: '$16.138',
        label: 'contradicted',
        note: 'AXS $1.6138; decimal slip',
      },
      {
        find: '9. 8%',
        label: 'supported',
      },
      {
        find: '$0.1342',
        label: 'contradicted',
        note: 'GALA $0.01342; decimal slip',
      },
    ],
  },
  {
    id: 'C-ed-31',
    voice: 'edited',
    style: 'daily',
    text: 'Filecoin rose 3.1 %, its market value now $1.54 bn. Helium rose 12.4%. IoTeX rose 58.3%.',
    numbers: [
      {
        find: '3.1 %',
        label: 'supported',
      },
      {
        find: '$1.54 bn',
        label: 'supported',
      },
      {
        find: '12.4%',
        label: 'contradicted',
        note: 'HNT 24h +1.24%; decimal slip',
      },
      {
        find: '58.3%',
        label: 'contradicted',
        note: 'IOTX 24h +5.83%; decimal slip',
      },
    ],
  },
  {
    id: 'C-ed-32',
    voice: 'edited',
    style: 'sector',
    text: 'Editor’s note: An earlier version said ether rose 46%; it rose 4.6 %. It also gave solana’s price as $17.136, and XRP’s 24h high as $25.094.',
    numbers: [
      {
        find: '46%',
        label: 'contradicted',
        note: 'ETH 24h +4.62%; decimal dropped',
      },
      {
        find: '4.6 %',
        label: 'supported',
      },
      {
        find: '$17.136',
        label: 'contradicted',
        note: 'SOL $171.36; decimal slip',
      },
      {
        find: '24h',
        label: 'ignored',
      },
      {
        find: '$25.094',
        label: 'contradicted',
        note: 'XRP high $2.5094; decimal slip',
      },
    ],
  },
  {
    id: 'C-ed-33',
    voice: 'edited',
    style: 'daily',
    text: 'Totals at press time: market cap $3.16 trn; volume $146.2 bn; BTC dominance 26.1%; advancers 72.',
    numbers: [
      {
        find: '$3.16 trn',
        label: 'contradicted',
        note: 'total cap $3.618T; 3.16T is L1 sector',
      },
      {
        find: '$146.2 bn',
        label: 'contradicted',
        note: 'total volume $164.2B; digits swapped',
      },
      {
        find: '26.1%',
        label: 'contradicted',
        note: 'dominance 62.1%; digits swapped',
      },
      {
        find: '72',
        label: 'contradicted',
        note: '27 advancers; digits swapped',
      },
    ],
  },
  {
    id: 'C-ed-34',
    voice: 'edited',
    style: 'daily',
    text: 'Ether trades at $ 3,897; ether’s 30-day swing high is $3,991. SOL’s 30-day swing low: $145.14. BTC’s 30-day swing low: $79,150. XRP’s market cap: $194.9bn. DOGE’s 24h high: $0.1894.',
    numbers: [
      {
        find: '$ 3,897',
        label: 'contradicted',
        note: 'ETH $3,987.42',
      },
      {
        find: '30-day@1',
        label: 'ignored',
      },
      {
        find: '$3,991',
        label: 'contradicted',
        note: 'ETH swing high $3,919.42',
      },
      {
        find: '30-day@2',
        label: 'ignored',
      },
      {
        find: '$145.14',
        label: 'contradicted',
        note: 'SOL swing low $154.14',
      },
      {
        find: '30-day@3',
        label: 'ignored',
      },
      {
        find: '$79,150',
        label: 'contradicted',
        note: 'BTC swing low $97,149.86',
      },
      {
        find: '$194.9bn',
        label: 'contradicted',
        note: 'XRP cap $149.9B',
      },
      {
        find: '24h',
        label: 'ignored',
      },
      {
        find: '$0.1894',
        label: 'contradicted',
        note: 'DOGE high $0.18496',
      },
    ],
  },
  {
    id: 'C-ed-35',
    voice: 'edited',
    style: 'sector',
    text: 'Bitcoin closed the session at 112 486 dollars, ether at 3 987, and the Layer‑2 group fell 0.4 %. BTC open interest: $9 840 000 000. Total market cap: 3 618 billion dollars, up 3 . 7%.',
    numbers: [
      {
        find: '112 486',
        label: 'supported',
      },
      {
        find: '3 987',
        label: 'supported',
      },
      {
        find: 'Layer‑2',
        label: 'ignored',
      },
      {
        find: '0.4 %',
        label: 'supported',
      },
      {
        find: '$9 840 000 000',
        label: 'supported',
      },
      {
        find: '3 618 billion',
        label: 'supported',
      },
      {
        find: '3 . 7%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'C-ed-36',
    voice: 'edited',
    style: 'daily',
    text: 'Arabic desk copy: BTC rose ٣٫٨٪, ETH rose ٤٫٦٪, SOL rose ٨٫٣٪.',
    numbers: [
      {
        find: '٣٫٨٪',
        label: 'supported',
      },
      {
        find: '٤٫٦٪',
        label: 'supported',
      },
      {
        find: '٨٫٣٪',
        label: 'contradicted',
        note: 'SOL 24h +5.41%; 8.3% is 7d',
      },
    ],
  },
  {
    id: 'C-ed-37',
    voice: 'edited',
    style: 'daily',
    text: 'Arbitrum and Optimism fell 1.9 % and 2.4% respectively; Shiba and Pepe moved −0.6% and −3.4%.',
    numbers: [
      {
        find: '1.9 %',
        label: 'supported',
      },
      {
        find: '2.4%',
        label: 'supported',
      },
      {
        find: '−0.6%',
        label: 'supported',
      },
      {
        find: '−3.4%',
        label: 'contradicted',
        note: 'PEPE 24h +3.40%; sign flipped',
      },
    ],
  },
  {
    id: 'C-ed-38',
    voice: 'edited',
    style: 'weekly',
    text: 'Weekly: BTC +10. 97%, ETH +4.33 %, SOL +8,29%, Sui +10.74 %, NEAR+10.98%, Polkadot +5.75 %, BNB +1.88%.',
    numbers: [
      {
        find: '+10. 97%',
        label: 'supported',
      },
      {
        find: '+4.33 %',
        label: 'supported',
      },
      {
        find: '+8,29%',
        label: 'supported',
      },
      {
        find: '+10.74 %',
        label: 'supported',
      },
      {
        find: '+10.98%',
        label: 'supported',
      },
      {
        find: '+5.75 %',
        label: 'supported',
      },
      {
        find: '+1.88%',
        label: 'contradicted',
        note: 'BNB 7d +1.04%; 1.88% is 24h',
      },
    ],
  },
  {
    id: 'C-ed-39',
    voice: 'edited',
    style: 'weekly',
    text: 'Over the week: AVAX +15.64%; IMX +13.15 %; GRT +10 .29%; FIL −11.51%; HNT−6.21 %; DOGE −76.1%; SHIB −52.4%.',
    numbers: [
      {
        find: '+15.64%',
        label: 'supported',
      },
      {
        find: '+13.15 %',
        label: 'supported',
      },
      {
        find: '+10 .29%',
        label: 'supported',
      },
      {
        find: '−11.51%',
        label: 'supported',
      },
      {
        find: '−6.21 %',
        label: 'supported',
      },
      {
        find: '−76.1%',
        label: 'contradicted',
        note: 'DOGE 7d -7.61%; decimal slip',
      },
      {
        find: '−52.4%',
        label: 'contradicted',
        note: 'SHIB 7d -5.24%; decimal slip',
      },
    ],
  },
  {
    id: 'C-ed-40',
    voice: 'edited',
    style: 'weekly',
    text: 'Layer‑1 tokens gained 8. 96% this week, Gaming 8.35 %, Layer 2 5,44%. AI rose 3,58 %. DePIN fell 4.93 %; Memes fell 68.6%.',
    numbers: [
      {
        find: 'Layer‑1',
        label: 'ignored',
      },
      {
        find: '8. 96%',
        label: 'supported',
      },
      {
        find: '8.35 %',
        label: 'supported',
      },
      {
        find: 'Layer 2',
        label: 'ignored',
      },
      {
        find: '5,44%',
        label: 'supported',
      },
      {
        find: '3,58 %',
        label: 'supported',
      },
      {
        find: '4.93 %',
        label: 'supported',
      },
      {
        find: '68.6%',
        label: 'contradicted',
        note: 'memes 7d -6.86%; decimal slip',
      },
    ],
  },
  {
    id: 'C-ed-41',
    voice: 'edited',
    style: 'weekly',
    text: 'This week’s movers: Bittensor +0.4 %, Render +2.2%, FET +1.75 %, Virtuals +30.2%, Worldcoin −3.1 %, NEAR +1.1%.',
    numbers: [
      {
        find: '+0.4 %',
        label: 'supported',
      },
      {
        find: '+2.2%',
        label: 'supported',
      },
      {
        find: '+1.75 %',
        label: 'supported',
      },
      {
        find: '+30.2%',
        label: 'contradicted',
        note: 'VIRTUAL 7d +3.02%; decimal slip',
      },
      {
        find: '−3.1 %',
        label: 'supported',
      },
      {
        find: '+1.1%',
        label: 'contradicted',
        note: 'NEAR 7d +10.98%; digit dropped',
      },
    ],
  },
  {
    id: 'C-ed-42',
    voice: 'edited',
    style: 'weekly',
    text: 'SOL’s week: price +8.3 %, open interest +2.1 %. XRP’s: price +3.3%, OI −2.7 %. ETH’s: price +14.2%, OI +4.3%.',
    numbers: [
      {
        find: '+8.3 %',
        label: 'supported',
      },
      {
        find: '+2.1 %',
        label: 'supported',
      },
      {
        find: '+3.3%',
        label: 'supported',
      },
      {
        find: '−2.7 %',
        label: 'supported',
      },
      {
        find: '+14.2%',
        label: 'contradicted',
        note: 'ETH 7d +4.33%; 14.2% is OI 7d',
      },
      {
        find: '+4.3%',
        label: 'contradicted',
        note: 'ETH OI 7d +14.2%; swapped with price',
      },
    ],
  },
  {
    id: 'C-ed-43',
    voice: 'edited',
    style: 'weekly',
    text: 'Week: L1 +8.96 %; L1’s market cap up $ 259.9bn; Memes’ cap down $27.4 bn; Gaming up $1.88bn; L2 up $2.89 bn.',
    numbers: [
      {
        find: 'L1@1',
        label: 'ignored',
      },
      {
        find: '+8.96 %',
        label: 'supported',
      },
      {
        find: 'L1@2',
        label: 'ignored',
      },
      {
        find: '$ 259.9bn',
        label: 'supported',
      },
      {
        find: '$27.4 bn',
        label: 'contradicted',
        note: 'memes cap change 7d -$2.74B; decimal slip',
      },
      {
        find: '$1.88bn',
        label: 'contradicted',
        note: 'gaming cap change 7d $187.9M',
      },
      {
        find: 'L2',
        label: 'ignored',
      },
      {
        find: '$2.89 bn',
        label: 'contradicted',
        note: 'L2 cap change 7d $289.3M',
      },
    ],
  },
];
