import type { BlindCase } from '../types.ts';

export const cases: BlindCase[] = [
  {
    id: 'P-sector-comma-01',
    voice: 'sector-comma',
    style: 'sector',
    text: 'Sector recap. The Layer 1 basket ended the day almost flat at -0,18 %, with 3 of 10 members higher. BNB led with +1,10 % at 1.038,60 $, Sui added 0,60 % and Bitcoin 0,40 % to 121.312 $. At the bottom Avalanche lost 4,20 % to 19,74 $, Polkadot 3,90 % and Solana 3,90 %.',
    numbers: [
      {
        find: '1@1',
        label: 'ignored',
      },
      {
        find: '-0,18 %',
        label: 'supported',
      },
      {
        find: '3@1',
        label: 'supported',
      },
      {
        find: '10@1',
        label: 'supported',
      },
      {
        find: '+1,10 %',
        label: 'supported',
      },
      {
        find: '1.038,60 $',
        label: 'supported',
      },
      {
        find: '0,60 %',
        label: 'supported',
      },
      {
        find: '0,40 %',
        label: 'supported',
      },
      {
        find: '121.312 $',
        label: 'supported',
      },
      {
        find: '4,20 %',
        label: 'supported',
      },
      {
        find: '19,74 $',
        label: 'supported',
      },
      {
        find: '3,90 %@1',
        label: 'supported',
      },
      {
        find: '3,90 %@2',
        label: 'supported',
      },
    ],
  },
  {
    id: 'P-sector-comma-02',
    voice: 'sector-comma',
    style: 'sector',
    text: 'Layer 2 tokens had a weak session: the group fell 3,17 %, and none of the 4 members closed green. Optimism was weakest with -3,60 % at 0,4417 $, Arbitrum gave up 3,40 % to 0,2893 $, Immutable 3,10 %. Polygon held best with -2,80 %. The watchlist value of the sector is now 5,10 Mrd. $, about 167 Mio. $ less than yesterday.',
    numbers: [
      {
        find: '2@1',
        label: 'ignored',
      },
      {
        find: '3,17 %',
        label: 'supported',
      },
      {
        find: '4@1',
        label: 'supported',
      },
      {
        find: '-3,60 %',
        label: 'supported',
      },
      {
        find: '0,4417 $',
        label: 'supported',
      },
      {
        find: '3,40 %',
        label: 'supported',
      },
      {
        find: '0,2893 $',
        label: 'supported',
      },
      {
        find: '3,10 %',
        label: 'supported',
      },
      {
        find: '-2,80 %',
        label: 'supported',
      },
      {
        find: '5,10 Mrd. $',
        label: 'supported',
      },
      {
        find: '167 Mio. $',
        label: 'supported',
      },
    ],
  },
  {
    id: 'P-sector-comma-03',
    voice: 'sector-comma',
    style: 'sector',
    text: 'AI tokens dropped 4,13 %. Only Render was positive, +0,80 % to 3,09 $. Virtuals lost the most, 9,20 %, followed by Fetch.ai with 7,40 %, Worldcoin 5,30 % and The Graph 5,10 %. Bittensor fell 3,50 % to 319,20 $. CoinGecko puts the whole category at 29,1 Mrd. $.',
    numbers: [
      {
        find: '4,13 %',
        label: 'supported',
      },
      {
        find: '+0,80 %',
        label: 'supported',
      },
      {
        find: '3,09 $',
        label: 'supported',
      },
      {
        find: '9,20 %',
        label: 'supported',
      },
      {
        find: '7,40 %',
        label: 'supported',
      },
      {
        find: '5,30 %',
        label: 'supported',
      },
      {
        find: '5,10 %',
        label: 'supported',
      },
      {
        find: '3,50 %',
        label: 'supported',
      },
      {
        find: '319,20 $',
        label: 'contradicted',
        note: 'tao.price 391.2, digits swapped',
      },
      {
        find: '29,1 Mrd. $',
        label: 'supported',
      },
    ],
  },
  {
    id: 'P-sector-comma-04',
    voice: 'sector-comma',
    style: 'sector',
    text: 'DePIN was the only sector in positive territory: +1,41 %, with all four tokens higher. Filecoin led with +2,10 % to 1,9586 $, Helium rose 1,60 % and IoTeX 1,20 %. The watchlist value climbed by about 51 Mio. $ to 3,64 Mrd. $.',
    numbers: [
      {
        find: '+1,41 %',
        label: 'supported',
      },
      {
        find: 'four',
        label: 'supported',
      },
      {
        find: '+2,10 %',
        label: 'supported',
      },
      {
        find: '1,9586 $',
        label: 'supported',
      },
      {
        find: '1,60 %',
        label: 'supported',
      },
      {
        find: '1,20 %',
        label: 'supported',
      },
      {
        find: '51 Mio. $',
        label: 'supported',
      },
      {
        find: '3,64 Mrd. $',
        label: 'supported',
      },
    ],
  },
  {
    id: 'P-sector-comma-05',
    voice: 'sector-comma',
    style: 'sector',
    text: 'Gaming: -2,63 %. Axie Infinity was the relative winner with -2,20 %, then The Sandbox -2,30 % and Gala -2,40 %; Immutable closed last with -3,10 %. Sector value 2,24 Mrd. $ on our list, 8,6 Mrd. $ by CoinGecko.',
    numbers: [
      {
        find: '-2,63 %',
        label: 'supported',
      },
      {
        find: '-2,20 %',
        label: 'supported',
      },
      {
        find: '-2,30 %',
        label: 'supported',
      },
      {
        find: '-2,40 %',
        label: 'supported',
      },
      {
        find: '-3,10 %',
        label: 'supported',
      },
      {
        find: '2,24 Mrd. $',
        label: 'supported',
      },
      {
        find: '8,6 Mrd. $',
        label: 'supported',
      },
    ],
  },
  {
    id: 'P-sector-comma-06',
    voice: 'sector-comma',
    style: 'sector',
    text: 'Memecoins were the worst sector of the day with -5,78 %. Dogecoin was the best of the 4 at -5,60 %, Shiba Inu lost 5,89 %, Pepe 6,78 %, and dogwifhat sank 8,10 % to 0,6772 $. Meme market value fell by roughly 2,7 Mrd. $ to 44,2 Mrd. $.',
    numbers: [
      {
        find: '-5,78 %',
        label: 'supported',
      },
      {
        find: '4@1',
        label: 'supported',
      },
      {
        find: '-5,60 %',
        label: 'supported',
      },
      {
        find: '5,89 %',
        label: 'supported',
      },
      {
        find: '6,78 %',
        label: 'supported',
      },
      {
        find: '8,10 %',
        label: 'supported',
      },
      {
        find: '0,6772 $',
        label: 'supported',
      },
      {
        find: '2,7 Mrd. $',
        label: 'supported',
      },
      {
        find: '44,2 Mrd. $',
        label: 'supported',
      },
    ],
  },
  {
    id: 'P-sector-comma-07',
    voice: 'sector-comma',
    style: 'sector',
    text: 'Overview: the total market capitalisation stands at 3,95 tn $ after -1,3 %. Bitcoin dominance rose to 61,2 %. Only 7 out of 30 watchlist assets rose, 23 fell. Total volume reached 241 Mrd. $.',
    numbers: [
      {
        find: '3,95 tn $',
        label: 'supported',
      },
      {
        find: '-1,3 %',
        label: 'supported',
      },
      {
        find: '61,2 %',
        label: 'supported',
      },
      {
        find: '7',
        label: 'supported',
      },
      {
        find: '30',
        label: 'supported',
      },
      {
        find: '23',
        label: 'supported',
      },
      {
        find: '241 Mrd. $',
        label: 'contradicted',
        note: 'market.volume_24h 214B',
      },
    ],
  },
  {
    id: 'P-sector-comma-08',
    voice: 'sector-comma',
    style: 'sector',
    text: 'Layer 1 in detail: Ethereum -1,80 % to 4.180,37 $, XRP -1,40 % to 2,41 $, Cardano -3,60 % to 0,6384 $, NEAR Protocol -3,20 % to 2,604 $.',
    numbers: [
      {
        find: '1@1',
        label: 'ignored',
      },
      {
        find: '-1,80 %',
        label: 'supported',
      },
      {
        find: '4.180,37 $',
        label: 'supported',
      },
      {
        find: '-1,40 %',
        label: 'supported',
      },
      {
        find: '2,41 $',
        label: 'supported',
      },
      {
        find: '-3,60 %',
        label: 'supported',
      },
      {
        find: '0,6384 $',
        label: 'supported',
      },
      {
        find: '-3,20 %',
        label: 'supported',
      },
      {
        find: '2,604 $',
        label: 'supported',
      },
    ],
  },
  {
    id: 'P-sector-comma-09',
    voice: 'sector-comma',
    style: 'sector',
    text: 'Derivatives across sectors: Bitcoin funding 0,0052 % per eight hours (longs pay shorts), Ether 0,0019 %, XRP 0,0027 %. Solana (-0,0034 %) and Dogecoin (-0,0061 %) were negative, so there shorts pay longs. Total open interest 18,0 Mrd. $, -3,44 % on the day.',
    numbers: [
      {
        find: '0,0052 %',
        label: 'supported',
      },
      {
        find: '0,0019 %',
        label: 'supported',
      },
      {
        find: '0,0027 %',
        label: 'supported',
      },
      {
        find: '-0,0034 %',
        label: 'supported',
      },
      {
        find: '-0,0061 %',
        label: 'supported',
      },
      {
        find: '18,0 Mrd. $',
        label: 'supported',
      },
      {
        find: '-3,44 %',
        label: 'supported',
      },
    ],
  },
  {
    id: 'P-sector-comma-10',
    voice: 'sector-comma',
    style: 'sector',
    text: 'Open interest by asset: Bitcoin 8,0 Mrd. $ (+1,10 %), Ether 6,0 Mrd. $ (-6,50 %), Solana 1,8 Mrd. $ (-7,20 %), XRP 1,0 Mrd. $ (-5,00 %), Dogecoin 1,2 Mrd. $ (-9,00 %).',
    numbers: [
      {
        find: '8,0 Mrd. $',
        label: 'supported',
      },
      {
        find: '+1,10 %',
        label: 'supported',
      },
      {
        find: '6,0 Mrd. $',
        label: 'supported',
      },
      {
        find: '-6,50 %',
        label: 'supported',
      },
      {
        find: '1,8 Mrd. $',
        label: 'supported',
      },
      {
        find: '-7,20 %',
        label: 'supported',
      },
      {
        find: '1,0 Mrd. $',
        label: 'supported',
      },
      {
        find: '-5,00 %',
        label: 'supported',
      },
      {
        find: '1,2 Mrd. $',
        label: 'supported',
      },
      {
        find: '-9,00 %',
        label: 'supported',
      },
    ],
  },
  {
    id: 'P-sector-comma-11',
    voice: 'sector-comma',
    style: 'sector',
    text: 'Sector recap (second edition). Layer 1 fell 2,19 % and Avalanche was the worst member with -8,21 %. Best was Sui with +0,60 %.',
    numbers: [
      {
        find: '1@1',
        label: 'ignored',
      },
      {
        find: '2,19 %',
        label: 'contradicted',
        note: 'l1 24h -0.18; 2.19 is 7d',
      },
      {
        find: '-8,21 %',
        label: 'contradicted',
        note: 'avax 24h -4.20; 8.21 is 7d',
      },
      {
        find: '+0,60 %',
        label: 'contradicted',
        note: 'wrong leader: best L1 24h is BNB +1.10',
      },
    ],
  },
  {
    id: 'P-sector-comma-12',
    voice: 'sector-comma',
    style: 'sector',
    text: 'Layer 2 recap: the sector lost 10,64 %; Arbitrum was the worst with -3,40 %. Polygon traded at 1,702 $.',
    numbers: [
      {
        find: '2@1',
        label: 'ignored',
      },
      {
        find: '10,64 %',
        label: 'contradicted',
        note: 'l2 24h -3.17; 10.64 is 7d',
      },
      {
        find: '-3,40 %',
        label: 'contradicted',
        note: 'worst L2 24h is OP -3.60',
      },
      {
        find: '1,702 $',
        label: 'contradicted',
        note: '10x slip, pol.price 0.1702',
      },
    ],
  },
  {
    id: 'P-sector-comma-13',
    voice: 'sector-comma',
    style: 'sector',
    text: 'AI recap: the sector fell 1,41 %. Fetch.ai dropped 9,20 % and Virtuals only 7,40 %. 2 of 7 names were green.',
    numbers: [
      {
        find: '1,41 %',
        label: 'contradicted',
        note: 'ai 24h -4.13; 1.41 is depin',
      },
      {
        find: '9,20 %',
        label: 'contradicted',
        note: 'fet -7.40; 9.20 is virtual',
      },
      {
        find: '7,40 %',
        label: 'contradicted',
        note: 'virtual -9.20; values swapped',
      },
      {
        find: '2@2',
        label: 'contradicted',
        note: 'ai advancers_24h 1',
      },
      {
        find: '7@2',
        label: 'supported',
      },
    ],
  },
  {
    id: 'P-sector-comma-14',
    voice: 'sector-comma',
    style: 'sector',
    text: 'DePIN recap: the group gained 2,10 %, and Helium was the leader with +1,60 %. IoTeX closed at 0,1954 $.',
    numbers: [
      {
        find: '2,10 %',
        label: 'contradicted',
        note: 'depin 24h +1.41; 2.10 is FIL',
      },
      {
        find: '+1,60 %',
        label: 'contradicted',
        note: 'wrong leader: FIL best',
      },
      {
        find: '0,1954 $',
        label: 'contradicted',
        note: '10x slip, iotx.price 0.01954',
      },
    ],
  },
  {
    id: 'P-sector-comma-15',
    voice: 'sector-comma',
    style: 'sector',
    text: 'Gaming recap: -5,78 %, Gala the best at -2,40 %, Immutable at 0,4486 $.',
    numbers: [
      {
        find: '-5,78 %',
        label: 'contradicted',
        note: 'gaming 24h -2.63; 5.78 is memes',
      },
      {
        find: '-2,40 %',
        label: 'contradicted',
        note: 'wrong leader: AXS best gaming 24h',
      },
      {
        find: '0,4486 $',
        label: 'supported',
      },
    ],
  },
  {
    id: 'P-sector-comma-16',
    voice: 'sector-comma',
    style: 'sector',
    text: 'Meme recap: the sector was down 8,10 % and Pepe the worst with -6,78 %. Dogecoin ended at 0,2917 $.',
    numbers: [
      {
        find: '8,10 %',
        label: 'contradicted',
        note: 'memes 24h -5.78; 8.10 is WIF',
      },
      {
        find: '-6,78 %',
        label: 'contradicted',
        note: 'worst memes 24h is WIF',
      },
      {
        find: '0,2917 $',
        label: 'contradicted',
        note: 'doge.price 0.2197',
      },
    ],
  },
  {
    id: 'P-sector-comma-17',
    voice: 'sector-comma',
    style: 'weekly',
    text: 'Weekly sector table in words. Over seven days Layer 1 lost 2,19 %, Layer 2 10,64 %, AI 9,93 %, Gaming 9,28 % and memes 13,59 %. DePIN was the only winner with +2,05 %.',
    numbers: [
      {
        find: '1@1',
        label: 'ignored',
      },
      {
        find: '2,19 %',
        label: 'supported',
      },
      {
        find: '2@2',
        label: 'ignored',
      },
      {
        find: '10,64 %',
        label: 'supported',
      },
      {
        find: '9,93 %',
        label: 'supported',
      },
      {
        find: '9,28 %',
        label: 'supported',
      },
      {
        find: '13,59 %',
        label: 'supported',
      },
      {
        find: '+2,05 %',
        label: 'supported',
      },
    ],
  },
  {
    id: 'P-sector-comma-18',
    voice: 'sector-comma',
    style: 'weekly',
    text: 'Weekly leaders: in Layer 1 Sui was the only gainer (+0,39 %), Avalanche the weakest (-8,21 %). In AI Render gained 1,94 %, Fetch.ai lost 17,25 %. IoTeX led DePIN with +5,88 %, Helium was last with +0,61 %. Shiba Inu fell 18,58 %, the worst meme.',
    numbers: [
      {
        find: '1@1',
        label: 'ignored',
      },
      {
        find: '+0,39 %',
        label: 'supported',
      },
      {
        find: '-8,21 %',
        label: 'supported',
      },
      {
        find: '1,94 %',
        label: 'supported',
      },
      {
        find: '17,25 %',
        label: 'supported',
      },
      {
        find: '+5,88 %',
        label: 'supported',
      },
      {
        find: '+0,61 %',
        label: 'supported',
      },
      {
        find: '18,58 %',
        label: 'supported',
      },
    ],
  },
  {
    id: 'P-sector-comma-19',
    voice: 'sector-comma',
    style: 'weekly',
    text: 'Weekly (draft B): Layer 1 -0,18 %, memes -5,78 %, DePIN +1,41 %. Bitcoin +0,40 %.',
    numbers: [
      {
        find: '1@1',
        label: 'ignored',
      },
      {
        find: '-0,18 %',
        label: 'contradicted',
        note: 'weekly: l1 7d -2.19; 0.18 is 24h',
      },
      {
        find: '-5,78 %',
        label: 'contradicted',
        note: 'weekly: memes 7d -13.59',
      },
      {
        find: '+1,41 %',
        label: 'contradicted',
        note: 'weekly: depin 7d +2.05',
      },
      {
        find: '+0,40 %',
        label: 'contradicted',
        note: 'weekly: btc 7d -1.20',
      },
    ],
  },
  {
    id: 'P-sector-comma-20',
    voice: 'sector-comma',
    style: 'weekly',
    text: 'Week in derivatives: total open interest -7,34 %, Bitcoin -2,40 %, Ether -9,80 %, Solana -13,60 %, XRP -7,10 %, Dogecoin -15,40 %.',
    numbers: [
      {
        find: '-7,34 %',
        label: 'supported',
      },
      {
        find: '-2,40 %',
        label: 'supported',
      },
      {
        find: '-9,80 %',
        label: 'supported',
      },
      {
        find: '-13,60 %',
        label: 'supported',
      },
      {
        find: '-7,10 %',
        label: 'supported',
      },
      {
        find: '-15,40 %',
        label: 'supported',
      },
    ],
  },
  {
    id: 'P-sector-comma-21',
    voice: 'sector-comma',
    style: 'weekly',
    text: 'Week in derivatives (draft B): Ether open interest -6,50 %, Bitcoin +1,10 %, Solana -31,60 %.',
    numbers: [
      {
        find: '-6,50 %',
        label: 'contradicted',
        note: 'weekly: eth oi 7d -9.80; 6.50 is 24h',
      },
      {
        find: '+1,10 %',
        label: 'contradicted',
        note: 'weekly: btc oi 7d -2.40',
      },
      {
        find: '-31,60 %',
        label: 'contradicted',
        note: 'sol oi 7d -13.60',
      },
    ],
  },
  {
    id: 'P-sector-comma-22',
    voice: 'sector-comma',
    style: 'sector',
    text: 'Levels: Bitcoin support at 120.000 $, resistance at 125.000 $; Ether 4.000 $ and 4.200 $; Solana 190 $ and 200 $; BNB 1.000 $ and 1.050 $; Avalanche 19 $ and 20 $.',
    numbers: [
      {
        find: '120.000 $',
        label: 'supported',
      },
      {
        find: '125.000 $',
        label: 'supported',
      },
      {
        find: '4.000 $',
        label: 'supported',
      },
      {
        find: '4.200 $',
        label: 'supported',
      },
      {
        find: '190 $',
        label: 'supported',
      },
      {
        find: '200 $@2',
        label: 'supported',
      },
      {
        find: '1.000 $',
        label: 'supported',
      },
      {
        find: '1.050 $',
        label: 'supported',
      },
      {
        find: '19 $',
        label: 'supported',
      },
      {
        find: '20 $',
        label: 'supported',
      },
    ],
  },
  {
    id: 'P-sector-comma-23',
    voice: 'sector-comma',
    style: 'sector',
    text: 'Levels (wrong print): Bitcoin support 125.000 $, resistance 120.000 $. Solana support at 180 $.',
    numbers: [
      {
        find: '125.000 $',
        label: 'contradicted',
        note: 'swapped: support 120,000',
      },
      {
        find: '120.000 $',
        label: 'contradicted',
        note: 'swapped: resistance 125,000',
      },
      {
        find: '180 $',
        label: 'contradicted',
        note: 'sol.support 190',
      },
    ],
  },
  {
    id: 'P-sector-comma-24',
    voice: 'sector-comma',
    style: 'sector',
    text: "Volatility and volume: Bitcoin's 7-day realised volatility is 26,9 %, Solana's 51,2 %, dogwifhat's 84,9 %. Bitcoin traded 0,89 times its weekly average volume, Ether 0,77.",
    numbers: [
      {
        find: '7@1',
        label: 'ignored',
      },
      {
        find: '26,9 %',
        label: 'supported',
      },
      {
        find: '51,2 %',
        label: 'supported',
      },
      {
        find: '84,9 %',
        label: 'supported',
      },
      {
        find: '0,89',
        label: 'supported',
      },
      {
        find: '0,77',
        label: 'supported',
      },
    ],
  },
  {
    id: 'P-sector-comma-25',
    voice: 'sector-comma',
    style: 'sector',
    text: 'Volatility (draft B): Bitcoin 7-day volatility 62,9 %, Ether volume ratio 1,77.',
    numbers: [
      {
        find: '7@1',
        label: 'ignored',
      },
      {
        find: '62,9 %',
        label: 'contradicted',
        note: 'btc.volatility_7d 26.9',
      },
      {
        find: '1,77',
        label: 'contradicted',
        note: 'eth.volume_ratio_7d 0.767',
      },
    ],
  },
  {
    id: 'P-sector-comma-26',
    voice: 'sector-comma',
    style: 'sector',
    text: 'News flow: according to CoinDesk, spot bitcoin ETFs recorded net inflows of 420 Mio. $. The Block reported long liquidations of 310 Mio. $. Decrypt wrote that a DeFi lender lost 38 Mio. $ in an oracle exploit.',
    numbers: [
      {
        find: '420 Mio. $',
        label: 'supported-by-source',
      },
      {
        find: '310 Mio. $',
        label: 'supported-by-source',
      },
      {
        find: '38 Mio. $',
        label: 'supported-by-source',
      },
    ],
  },
  {
    id: 'P-sector-comma-27',
    voice: 'sector-comma',
    style: 'sector',
    text: 'Other news: a corporate treasury bought 2.500 BTC, Bitcoin Magazine wrote. A SUI unlock of 64 Mio. tokens is reportedly due. Liquidations were close to 400 Mio. $.',
    numbers: [
      {
        find: '2.500',
        label: 'supported-by-source',
      },
      {
        find: '64 Mio.',
        label: 'unsupported',
        note: 'reddit post, not attributed',
      },
      {
        find: '400 Mio. $',
        label: 'unsupported',
        note: 'invented, The Block says 310M, not attributed',
      },
    ],
  },
  {
    id: 'P-sector-comma-28',
    voice: 'sector-comma',
    style: 'sector',
    text: 'Outlook (our own): Bitcoin could reach 130.000 $, Ether 4.500 $. The October record of 126.000 $ is 4 % away.',
    numbers: [
      {
        find: '130.000 $',
        label: 'unsupported',
        note: 'forecast',
      },
      {
        find: '4.500 $',
        label: 'unsupported',
        note: 'forecast',
      },
      {
        find: '126.000 $',
        label: 'unsupported',
        note: 'history',
      },
      {
        find: '4 %',
        label: 'unsupported',
        note: 'distance, derived',
      },
    ],
  },
  {
    id: 'P-sector-comma-29',
    voice: 'sector-comma',
    style: 'sector',
    text: 'Market caps: Bitcoin 2,42 tn $, Ether 504,5 Mrd. $, XRP 144,8 Mrd. $, BNB 144,5 Mrd. $, Solana 107,5 Mrd. $, Dogecoin 33,1 Mrd. $.',
    numbers: [
      {
        find: '2,42 tn $',
        label: 'supported',
      },
      {
        find: '504,5 Mrd. $',
        label: 'supported',
      },
      {
        find: '144,8 Mrd. $',
        label: 'supported',
      },
      {
        find: '144,5 Mrd. $',
        label: 'supported',
      },
      {
        find: '107,5 Mrd. $',
        label: 'supported',
      },
      {
        find: '33,1 Mrd. $',
        label: 'supported',
      },
    ],
  },
  {
    id: 'P-sector-comma-30',
    voice: 'sector-comma',
    style: 'sector',
    text: 'Market caps (draft B): Ether 540,5 Mrd. $, Solana 170,5 Mrd. $, Cardano 2,32 Mrd. $.',
    numbers: [
      {
        find: '540,5 Mrd. $',
        label: 'contradicted',
        note: 'eth.market_cap 504.5B',
      },
      {
        find: '170,5 Mrd. $',
        label: 'contradicted',
        note: 'sol.market_cap 107.5B',
      },
      {
        find: '2,32 Mrd. $',
        label: 'contradicted',
        note: '10x slip, ada.market_cap 23.2B',
      },
    ],
  },
  {
    id: 'P-sector-comma-31',
    voice: 'sector-comma',
    style: 'sector',
    text: 'Summary: -1,3 % for the whole market, +1,41 % for DePIN, -5,78 % for memes; 7 advancers against 23 decliners.',
    numbers: [
      {
        find: '-1,3 %',
        label: 'supported',
      },
      {
        find: '+1,41 %',
        label: 'supported',
      },
      {
        find: '-5,78 %',
        label: 'supported',
      },
      {
        find: '7@2',
        label: 'supported',
      },
      {
        find: '23',
        label: 'supported',
      },
    ],
  },
  {
    id: 'P-sector-comma-32',
    voice: 'sector-comma',
    style: 'sector',
    text: 'Summary (draft B): total market +1,3 %, 17 advancers, dominance 16,2 %.',
    numbers: [
      {
        find: '+1,3 %',
        label: 'contradicted',
        note: 'direction wrong, cap change -1.3',
      },
      {
        find: '17',
        label: 'contradicted',
        note: 'advancers 7',
      },
      {
        find: '16,2 %',
        label: 'contradicted',
        note: 'dominance 61.2',
      },
    ],
  },
  {
    id: 'P-sector-comma-33',
    voice: 'sector-comma',
    style: 'daily',
    text: 'Daily note. Bitcoin at $121.312 (+0,4 %), Ether $4.180 (-1,8 %), Solana $196,42 (-3,9 %). The 24-hour range for Bitcoin was $119.200 to $121.815.',
    numbers: [
      {
        find: '$121.312',
        label: 'supported',
      },
      {
        find: '+0,4 %',
        label: 'supported',
      },
      {
        find: '$4.180',
        label: 'supported',
      },
      {
        find: '-1,8 %',
        label: 'supported',
      },
      {
        find: '$196,42',
        label: 'supported',
      },
      {
        find: '-3,9 %',
        label: 'supported',
      },
      {
        find: '24',
        label: 'ignored',
      },
      {
        find: '$119.200',
        label: 'supported',
      },
      {
        find: '$121.815',
        label: 'supported',
      },
    ],
  },
  {
    id: 'P-sector-comma-34',
    voice: 'sector-comma',
    style: 'daily',
    text: 'Daily note (draft B). Bitcoin at $112.486, Ether $4.810, Solana $169,42.',
    numbers: [
      {
        find: '$112.486',
        label: 'contradicted',
        note: 'btc.price 121,312',
      },
      {
        find: '$4.810',
        label: 'contradicted',
        note: 'eth.price 4,180',
      },
      {
        find: '$169,42',
        label: 'contradicted',
        note: 'sol.price 196.42',
      },
    ],
  },
  {
    id: 'P-sector-comma-35',
    voice: 'sector-comma',
    style: 'daily',
    text: 'Alt moves: Cardano -3,6 %, Polkadot -3,9 % to $3,18, NEAR -3,2 %, Sui +0,6 % to $2,75. XRP dropped 3,7 %.',
    numbers: [
      {
        find: '-3,6 %',
        label: 'supported',
      },
      {
        find: '-3,9 %',
        label: 'supported',
      },
      {
        find: '$3,18',
        label: 'supported',
      },
      {
        find: '-3,2 %',
        label: 'supported',
      },
      {
        find: '+0,6 %',
        label: 'supported',
      },
      {
        find: '$2,75',
        label: 'supported',
      },
      {
        find: '3,7 %',
        label: 'contradicted',
        note: 'xrp 24h -1.40; 3.7 is 7d',
      },
    ],
  },
  {
    id: 'P-sector-comma-36',
    voice: 'sector-comma',
    style: 'sector',
    text: 'Late corrections from the desk: Helium at 2,27 $, The Graph -1,50 %, Worldcoin at 0,09 $, Gala -4,20 %. Render was the worst AI token with +0,80 %.',
    numbers: [
      {
        find: '2,27 $',
        label: 'contradicted',
        note: 'hnt.price 2.7214',
      },
      {
        find: '-1,50 %',
        label: 'contradicted',
        note: 'grt 24h -5.10',
      },
      {
        find: '0,09 $',
        label: 'contradicted',
        note: '10x slip, wld.price 0.9041',
      },
      {
        find: '-4,20 %',
        label: 'contradicted',
        note: 'gala 24h -2.40',
      },
      {
        find: '+0,80 %',
        label: 'contradicted',
        note: 'render is best AI, not worst',
      },
    ],
  },
  {
    id: 'P-sector-comma-37',
    voice: 'sector-comma',
    style: 'sector',
    text: 'Funding check: Solana funding +0,0034 %, Dogecoin -0,061 %, Bitcoin annualised 3,72 %. Ether open interest 9,0 Mrd. $.',
    numbers: [
      {
        find: '+0,0034 %',
        label: 'contradicted',
        note: 'sign wrong, sol funding -0.0034',
      },
      {
        find: '-0,061 %',
        label: 'contradicted',
        note: '10x slip, doge funding -0.0061',
      },
      {
        find: '3,72 %',
        label: 'contradicted',
        note: 'btc apr 5.69; 3.72 is sol apr magnitude',
      },
      {
        find: '9,0 Mrd. $',
        label: 'contradicted',
        note: 'eth.open_interest 6.0B',
      },
    ],
  },
  {
    id: 'P-sector-comma-38',
    voice: 'sector-comma',
    style: 'sector',
    text: 'Ranking note: the second-best sector of the day was Layer 1 with -0,18 %; the worst after memes was AI with -4,13 %. Gaming lost 3,17 % and Layer 2 2,63 %.',
    numbers: [
      {
        find: '1@1',
        label: 'ignored',
      },
      {
        find: '-0,18 %',
        label: 'supported',
      },
      {
        find: '-4,13 %',
        label: 'supported',
      },
      {
        find: '3,17 %',
        label: 'contradicted',
        note: 'gaming 24h -2.63; 3.17 is L2',
      },
      {
        find: '2@1',
        label: 'ignored',
      },
      {
        find: '2,63 %',
        label: 'contradicted',
        note: 'l2 24h -3.17; swapped with gaming',
      },
    ],
  },
];
