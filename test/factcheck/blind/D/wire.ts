import type { BlindCase } from '../types.ts';

export const cases: BlindCase[] = [
  {
    id: 'D-wire-01',
    voice: 'wire',
    style: 'daily',
    text: "NEW YORK, Dec 3 - Bitcoin rose 3.8 pct to $112,486 in Asian trading on Thursday, moving above its highest level of the past month, while ether climbed 4.6 pct to $3,987.\n\nThe world's largest cryptocurrency touched $112,512 earlier in the session after trading as low as $108,050. It is up 16 pct over the past week.\n\nThe total value of all cryptocurrencies rose 3.7 pct to $3.62 trillion, CoinGecko data showed. Bitcoin accounted for about 67 pct of that total.\n\nU.S. spot bitcoin exchange-traded funds drew $612 million in net inflows on Wednesday, their best day since October, CoinDesk reported, citing Farside Investors.\n\nSolana rose 5.4 pct, XRP added 4.2 pct and Dogecoin gained 2.1 pct. Of 30 major tokens tracked, 27 rose.\n\nTokens linked to artificial intelligence led gains, rising 9.2 pct as a group. Virtuals Protocol jumped 19.3 pct.\n\nLayer-2 tokens Arbitrum and Optimism fell 2.4 pct and 1.9 pct respectively.\n\n(Reporting by newsroom staff; editing by desk)",
    numbers: [
      {
        find: '3@1',
        label: 'ignored',
      },
      {
        find: '3.8 pct',
        label: 'supported',
      },
      {
        find: '$112,486',
        label: 'supported',
      },
      {
        find: '4.6 pct',
        label: 'supported',
      },
      {
        find: '$3,987',
        label: 'supported',
      },
      {
        find: '$112,512',
        label: 'supported',
        note: 'debatable: fact btc.high_24h 112511.5 rounds half-up to 112,512',
      },
      {
        find: '$108,050',
        label: 'supported',
      },
      {
        find: '16 pct',
        label: 'contradicted',
        note: 'fact btc.change_7d 10.97',
      },
      {
        find: '3.7 pct',
        label: 'supported',
      },
      {
        find: '$3.62 trillion',
        label: 'supported',
      },
      {
        find: '67 pct',
        label: 'contradicted',
        note: 'fact market.btc_dominance 62.1',
      },
      {
        find: '$612 million',
        label: 'supported-by-source',
      },
      {
        find: '5.4 pct',
        label: 'supported',
      },
      {
        find: '4.2 pct',
        label: 'contradicted',
        note: 'fact xrp.change_24h 2.16',
      },
      {
        find: '2.1 pct',
        label: 'supported',
      },
      {
        find: '30',
        label: 'supported',
      },
      {
        find: '27',
        label: 'supported',
      },
      {
        find: '9.2 pct',
        label: 'supported',
      },
      {
        find: '19.3 pct',
        label: 'contradicted',
        note: 'fact virtual.change_24h 14.27',
      },
      {
        find: '2@10',
        label: 'ignored',
      },
      {
        find: '2.4 pct',
        label: 'contradicted',
        note: 'respectively swapped; fact arb.change_24h -1.93',
      },
      {
        find: '1.9 pct',
        label: 'contradicted',
        note: 'respectively swapped; fact op.change_24h -2.41',
      },
    ],
  },
  {
    id: 'D-wire-02',
    voice: 'wire',
    style: 'daily',
    text: "SINGAPORE, Dec 3 - Open interest in bitcoin perpetual futures rose 6.2 pct to $9.84 billion over the past day as traders added leverage, according to exchange data compiled by the brief.\n\nFunding rates on bitcoin swaps stood at 0.0081 pct per eight-hour period, equivalent to about 18.9 pct a year. Ether funding was 0.0049 pct.\n\nSolana funding turned negative at -0.0027 pct, meaning traders holding short positions pay those holding longs, Cointelegraph reported. Dogecoin funding was -0.0058 pct. Solana open interest fell 6.4 pct and Dogecoin's fell 5.6 pct.\n\nTotal open interest across the tracked contracts reached $21.9 billion, up 5.1 pct.\n\nMore than $340 million of short positions were liquidated over 24 hours, Decrypt reported, citing CoinGlass.\n\nEther open interest climbed 17.8 pct to $5.91 billion, while XRP open interest rose 1.9 pct to $1.5 billion.\n\nBitcoin's realized volatility over seven days was 34 pct on an annualized basis, compared with 39 pct over 30 days.",
    numbers: [
      {
        find: '3@1',
        label: 'ignored',
      },
      {
        find: '6.2 pct',
        label: 'supported',
      },
      {
        find: '$9.84 billion',
        label: 'supported',
      },
      {
        find: '0.0081 pct',
        label: 'supported',
      },
      {
        find: 'eight-hour',
        label: 'ignored',
      },
      {
        find: '18.9 pct',
        label: 'contradicted',
        note: 'fact btc.funding_apr 8.89',
      },
      {
        find: '0.0049 pct',
        label: 'contradicted',
        note: 'fact eth.funding_rate 0.0094',
      },
      {
        find: '-0.0027 pct',
        label: 'supported',
      },
      {
        find: '-0.0058 pct',
        label: 'supported',
      },
      {
        find: '6.4 pct',
        label: 'contradicted',
        note: 'fact sol.oi_change_24h -3.4',
      },
      {
        find: '5.6 pct',
        label: 'supported',
      },
      {
        find: '$21.9 billion',
        label: 'contradicted',
        note: 'fact market.open_interest 19.11B',
      },
      {
        find: '5.1 pct',
        label: 'supported',
      },
      {
        find: '$340 million',
        label: 'supported-by-source',
      },
      {
        find: '24 hours',
        label: 'ignored',
      },
      {
        find: '17.8 pct',
        label: 'contradicted',
        note: 'fact eth.oi_change_24h 7.8',
      },
      {
        find: '$5.91 billion',
        label: 'supported',
      },
      {
        find: '1.9 pct',
        label: 'supported',
      },
      {
        find: '$1.5 billion',
        label: 'contradicted',
        note: 'fact xrp.open_interest 1.05B',
      },
      {
        find: 'seven',
        label: 'ignored',
      },
      {
        find: '34 pct',
        label: 'supported',
      },
      {
        find: '39 pct',
        label: 'contradicted',
        note: 'fact btc.volatility_30d 29.0',
      },
      {
        find: '30 days',
        label: 'ignored',
      },
    ],
  },
  {
    id: 'D-wire-03',
    voice: 'wire',
    style: 'daily',
    text: 'LONDON, Dec 3 - NEAR Protocol rose 8.9 pct to $2.91 and Sui gained 7.1 pct to $2.54, leading a broad advance in smart-contract platform tokens.\n\nAvalanche rose 6.3 pct to $17.84, Polkadot 5.5 pct and Cardano 3.9 pct. BNB, up 3.9 pct, was the weakest of the group.\n\nThe 10 layer-1 tokens tracked rose 3.9 pct on average, and all of them ended higher. The group added $107 billion in market value to $3.16 trillion.\n\nDecrypt said NEAR jumped 9 pct and Sui 7 pct.\n\nAvalanche rose 6 pct after subnet transactions hit a monthly high, CryptoSlate reported, citing the Avalanche Foundation. The token is up 25.6 pct over the week, the best among layer-1 tokens.\n\nPolkadot remains down 11.1 pct over 30 days, the worst in the group, while bitcoin is up 14.5 pct.',
    numbers: [
      {
        find: '3@1',
        label: 'ignored',
      },
      {
        find: '8.9 pct',
        label: 'supported',
      },
      {
        find: '$2.91',
        label: 'supported',
      },
      {
        find: '7.1 pct',
        label: 'supported',
      },
      {
        find: '$2.54',
        label: 'supported',
      },
      {
        find: '6.3 pct',
        label: 'supported',
      },
      {
        find: '$17.84',
        label: 'contradicted',
        note: 'fact avax.price 19.84',
      },
      {
        find: '5.5 pct',
        label: 'contradicted',
        note: 'fact dot.change_24h 4.48',
      },
      {
        find: '3.9 pct@1',
        label: 'supported',
      },
      {
        find: '3.9 pct@2',
        label: 'contradicted',
        note: 'fact bnb.change_24h 1.88',
      },
      {
        find: '10@1',
        label: 'supported',
      },
      {
        find: '1@5',
        label: 'ignored',
      },
      {
        find: '3.9 pct@3',
        label: 'supported',
      },
      {
        find: '$107 billion',
        label: 'contradicted',
        note: 'fact sector.l1.market_cap_change_24h 117.4B',
      },
      {
        find: '$3.16 trillion',
        label: 'supported',
      },
      {
        find: '9 pct@5',
        label: 'supported',
      },
      {
        find: '7 pct',
        label: 'supported',
      },
      {
        find: '6 pct@1',
        label: 'supported',
      },
      {
        find: '25.6 pct',
        label: 'contradicted',
        note: 'fact avax.change_7d 15.64',
      },
      {
        find: '1@8',
        label: 'ignored',
      },
      {
        find: '11.1 pct',
        label: 'supported',
      },
      {
        find: '30 days',
        label: 'ignored',
      },
      {
        find: '14.5 pct',
        label: 'contradicted',
        note: 'fact btc.change_30d 11.46',
      },
    ],
  },
  {
    id: 'D-wire-04',
    voice: 'wire',
    style: 'daily',
    text: 'SAN FRANCISCO, Dec 3 - Gaming tokens rallied, with Gala up 9.8 pct and Axie Infinity up 8.9 pct, as volumes picked up, Cointelegraph reported.\n\nThe Sandbox gained 9.6 pct and Immutable 6.2 pct. The gaming group rose 6.1 pct in total, adding $141 million in market value.\n\nDespite the rebound, Gala is still down 11.7 pct over 30 days and Axie 18.5 pct.\n\nDePIN tokens rose 5.4 pct. Render jumped 9.5 pct, IoTeX 7.8 pct, Filecoin 3.1 pct and Helium 1.2 pct.\n\nFilecoin gained 3 pct as storage deal volume hit a record, The Block reported. Helium added roughly 1 pct, CoinDesk reported.\n\nMemecoins rose 3.8 pct. Shiba Inu fell 0.6 pct, while dogwifhat rose 8.4 pct.\n\nLayer-2 tokens fell 0.4 pct, the only sector to decline, with Optimism down 2.4 pct and Arbitrum down 1.9 pct. Polygon rose 0.3 pct.',
    numbers: [
      {
        find: '3@1',
        label: 'ignored',
      },
      {
        find: '9.8 pct',
        label: 'supported',
      },
      {
        find: '8.9 pct',
        label: 'supported',
      },
      {
        find: '9.6 pct',
        label: 'contradicted',
        note: 'fact sand.change_24h 7.64',
      },
      {
        find: '6.2 pct',
        label: 'contradicted',
        note: 'fact imx.change_24h 2.60',
      },
      {
        find: '6.1 pct',
        label: 'supported',
      },
      {
        find: '$141 million',
        label: 'supported',
      },
      {
        find: '11.7 pct',
        label: 'supported',
      },
      {
        find: '30 days',
        label: 'ignored',
      },
      {
        find: '18.5 pct',
        label: 'contradicted',
        note: 'fact axs.change_30d -11.54',
      },
      {
        find: '5.4 pct',
        label: 'supported',
      },
      {
        find: '9.5 pct',
        label: 'supported',
      },
      {
        find: '7.8 pct',
        label: 'contradicted',
        note: 'fact iotx.change_24h 5.83',
      },
      {
        find: '3.1 pct',
        label: 'supported',
      },
      {
        find: '1.2 pct',
        label: 'supported',
      },
      {
        find: '3 pct@1',
        label: 'supported',
      },
      {
        find: '1 pct@3',
        label: 'supported',
      },
      {
        find: '3.8 pct',
        label: 'contradicted',
        note: 'fact sector.memes.change_24h 1.82',
      },
      {
        find: '0.6 pct',
        label: 'supported',
      },
      {
        find: '8.4 pct',
        label: 'contradicted',
        note: 'fact wif.change_24h 4.83',
      },
      {
        find: '2@3',
        label: 'ignored',
      },
      {
        find: '0.4 pct',
        label: 'supported',
      },
      {
        find: '2.4 pct',
        label: 'supported',
      },
      {
        find: '1.9 pct',
        label: 'supported',
      },
      {
        find: '0.3 pct',
        label: 'supported',
      },
    ],
  },
  {
    id: 'D-wire-05',
    voice: 'wire',
    style: 'weekly',
    text: "WEEKLY WRAP - Bitcoin gained 11.0 pct over the week to $112,486, outpacing ether's 4.3 pct rise.\n\nSolana rose 6.3 pct, XRP 3.3 pct and BNB 2.0 pct. Avalanche led large-cap gains with 15.6 pct.\n\nLayer-1 tokens rose 9.0 pct as a group, gaming tokens 8.4 pct and layer-2 tokens 7.4 pct. AI tokens added 3.6 pct.\n\nMemecoins fell 6.9 pct, the worst-performing sector, with Dogecoin down 5.6 pct. DePIN tokens lost 4.9 pct; Filecoin fell 11.5 pct.\n\nTotal open interest rose 9.6 pct; ether open interest climbed 4.2 pct.\n\nImmutable rose 13.1 pct, the best among gaming and layer-2 tokens. Worldcoin fell 3.1 pct, the only AI token lower on the week.\n\nAnalysts at one brokerage said bitcoin could reach $130,000 by March.",
    numbers: [
      {
        find: '11.0 pct',
        label: 'supported',
      },
      {
        find: '$112,486',
        label: 'supported',
      },
      {
        find: '4.3 pct',
        label: 'supported',
      },
      {
        find: '6.3 pct',
        label: 'contradicted',
        note: 'fact sol.change_7d 8.29',
      },
      {
        find: '3.3 pct',
        label: 'supported',
      },
      {
        find: '2.0 pct',
        label: 'contradicted',
        note: 'fact bnb.change_7d 1.04',
      },
      {
        find: '15.6 pct',
        label: 'supported',
      },
      {
        find: '1@6',
        label: 'ignored',
      },
      {
        find: '9.0 pct',
        label: 'supported',
      },
      {
        find: '8.4 pct',
        label: 'supported',
      },
      {
        find: '2@3',
        label: 'ignored',
      },
      {
        find: '7.4 pct',
        label: 'contradicted',
        note: 'fact sector.l2.change_7d 5.44',
      },
      {
        find: '3.6 pct',
        label: 'supported',
      },
      {
        find: '6.9 pct',
        label: 'supported',
      },
      {
        find: '5.6 pct@2',
        label: 'contradicted',
        note: 'fact doge.change_7d -7.61',
      },
      {
        find: '4.9 pct',
        label: 'supported',
      },
      {
        find: '11.5 pct',
        label: 'supported',
      },
      {
        find: '9.6 pct',
        label: 'supported',
      },
      {
        find: '4.2 pct',
        label: 'contradicted',
        note: 'fact eth.oi_change_7d 14.2',
      },
      {
        find: '13.1 pct',
        label: 'supported',
      },
      {
        find: '2@5',
        label: 'ignored',
      },
      {
        find: '3.1 pct@2',
        label: 'supported',
      },
      {
        find: '$130,000',
        label: 'unsupported',
        note: 'forecast, unnamed',
      },
    ],
  },
  {
    id: 'D-wire-06',
    voice: 'wire',
    style: 'daily',
    text: "BRIEF - Total crypto market value rose 3.7 pct to $3.62 trillion, CryptoSlate reported, citing CoinGecko. Bitcoin accounts for about 62 pct of the total, it said.\n\nTrading volume was $146 billion over 24 hours.\n\nBitcoin traded near $112,500 early Thursday, above its 30-day high, with traders watching $115,000 as the next resistance, Bitcoin Magazine reported.\n\nOpen interest in ether perpetual futures grew by nearly 8 pct in a day, Cointelegraph reported, as the token gained 4.6 pct.\n\nBitcoin open interest on Binance climbed 6 pct to about $9.8 billion, The Block reported.\n\nThe artificial intelligence sector outpaced the market, with Virtuals up about 14 pct and FET up nearly 12 pct, CoinDesk said. FET trades at $0.71.\n\nBitcoin's hashrate set a record, Bitcoin Magazine reported, at 1.2 zettahashes per second.",
    numbers: [
      {
        find: '3.7 pct',
        label: 'supported',
      },
      {
        find: '$3.62 trillion',
        label: 'supported',
      },
      {
        find: '62 pct',
        label: 'supported',
      },
      {
        find: '$146 billion',
        label: 'contradicted',
        note: 'fact market.volume_24h 164.2B',
      },
      {
        find: '24 hours',
        label: 'ignored',
      },
      {
        find: '$112,500',
        label: 'supported',
      },
      {
        find: '30-day',
        label: 'ignored',
      },
      {
        find: '$115,000',
        label: 'supported',
      },
      {
        find: '8 pct',
        label: 'supported',
      },
      {
        find: '4.6 pct',
        label: 'supported',
      },
      {
        find: '6 pct@2',
        label: 'supported',
      },
      {
        find: '$9.8 billion',
        label: 'supported',
      },
      {
        find: '14 pct',
        label: 'supported',
      },
      {
        find: '12 pct',
        label: 'supported',
      },
      {
        find: '$0.71',
        label: 'contradicted',
        note: 'fact fet.price 0.5127',
      },
      {
        find: '1.2',
        label: 'unsupported',
        note: 'figure not in headline',
      },
    ],
  },
  {
    id: 'D-wire-07',
    voice: 'wire',
    style: 'daily',
    text: 'PRICES AT 0700 GMT - Bitcoin $112,486, up 3.8 pct; ether $3,987, up 4.6 pct; solana $171.36, up 3.4 pct; XRP $2.84, up 2.2 pct; BNB $1,012.60, up 1.9 pct; cardano $0.587, up 2.9 pct; avalanche $19.84, up 6.3 pct; polkadot $3.318, up 2.5 pct; NEAR $2.609, up 8.9 pct; sui $2.541, up 7.1 pct; dogecoin $0.1841, up 1.2 pct; shiba inu down 2.6 pct.\n\nArbitrum $0.3124, down 1.9 pct; optimism $0.4617, down 4.2 pct; polygon $0.1834, up 0.3 pct; immutable $0.5208, up 5.2 pct.\n\nFET $0.5127, up 11.8 pct; render $2.918, up 9.5 pct; bittensor $371.80, up 6.7 pct; the graph $0.0721, up 6.4 pct; virtuals $1.338, up 14.3 pct; worldcoin $0.9716, up 7.5 pct.\n\nFilecoin $2.481, up 3.1 pct; helium $3.012, up 2.1 pct; iotex $0.0226, up 5.8 pct.\n\nAxie $1.8138, up 8.9 pct; sandbox $0.2214, up 7.6 pct; gala $0.0314, up 9.8 pct.\n\nPepe up 3.4 pct; dogwifhat $0.5286, up 4.8 pct.',
    numbers: [
      {
        find: '0700',
        label: 'ignored',
      },
      {
        find: '$112,486',
        label: 'supported',
      },
      {
        find: '3.8 pct',
        label: 'supported',
      },
      {
        find: '$3,987',
        label: 'supported',
      },
      {
        find: '4.6 pct',
        label: 'supported',
      },
      {
        find: '$171.36',
        label: 'supported',
      },
      {
        find: '3.4 pct@1',
        label: 'contradicted',
        note: 'fact sol.change_24h 5.41',
      },
      {
        find: '$2.84',
        label: 'contradicted',
        note: 'fact xrp.price 2.4817',
      },
      {
        find: '2.2 pct',
        label: 'supported',
      },
      {
        find: '$1,012.60',
        label: 'supported',
      },
      {
        find: '1.9 pct@1',
        label: 'supported',
      },
      {
        find: '$0.587',
        label: 'supported',
      },
      {
        find: '2.9 pct',
        label: 'contradicted',
        note: 'fact ada.change_24h 3.92',
      },
      {
        find: '$19.84',
        label: 'supported',
      },
      {
        find: '6.3 pct',
        label: 'supported',
      },
      {
        find: '$3.318',
        label: 'supported',
      },
      {
        find: '2.5 pct',
        label: 'contradicted',
        note: 'fact dot.change_24h 4.48',
      },
      {
        find: '$2.609',
        label: 'contradicted',
        note: 'fact near.price 2.906',
      },
      {
        find: '8.9 pct@1',
        label: 'supported',
      },
      {
        find: '$2.541',
        label: 'supported',
      },
      {
        find: '7.1 pct',
        label: 'supported',
      },
      {
        find: '$0.1841',
        label: 'supported',
      },
      {
        find: '1.2 pct',
        label: 'contradicted',
        note: 'fact doge.change_24h 2.14',
      },
      {
        find: '2.6 pct',
        label: 'contradicted',
        note: 'fact shib.change_24h -0.58',
      },
      {
        find: '$0.3124',
        label: 'supported',
      },
      {
        find: '1.9 pct@2',
        label: 'supported',
      },
      {
        find: '$0.4617',
        label: 'supported',
      },
      {
        find: '4.2 pct',
        label: 'contradicted',
        note: 'fact op.change_24h -2.41',
      },
      {
        find: '$0.1834',
        label: 'supported',
      },
      {
        find: '0.3 pct',
        label: 'supported',
      },
      {
        find: '$0.5208',
        label: 'supported',
      },
      {
        find: '5.2 pct',
        label: 'contradicted',
        note: 'fact imx.change_24h 2.60',
      },
      {
        find: '$0.5127',
        label: 'supported',
      },
      {
        find: '11.8 pct',
        label: 'supported',
      },
      {
        find: '$2.918',
        label: 'supported',
      },
      {
        find: '9.5 pct',
        label: 'supported',
      },
      {
        find: '$371.80',
        label: 'supported',
      },
      {
        find: '6.7 pct',
        label: 'contradicted',
        note: 'fact tao.change_24h 8.71',
      },
      {
        find: '$0.0721',
        label: 'supported',
      },
      {
        find: '6.4 pct',
        label: 'supported',
      },
      {
        find: '$1.338',
        label: 'supported',
      },
      {
        find: '14.3 pct',
        label: 'supported',
      },
      {
        find: '$0.9716',
        label: 'contradicted',
        note: 'fact wld.price 0.7916',
      },
      {
        find: '7.5 pct',
        label: 'supported',
      },
      {
        find: '$2.481',
        label: 'contradicted',
        note: 'fact fil.price 2.184',
      },
      {
        find: '3.1 pct',
        label: 'supported',
      },
      {
        find: '$3.012',
        label: 'supported',
      },
      {
        find: '2.1 pct',
        label: 'contradicted',
        note: 'fact hnt.change_24h 1.24',
      },
      {
        find: '$0.0226',
        label: 'supported',
      },
      {
        find: '5.8 pct',
        label: 'supported',
      },
      {
        find: '$1.8138',
        label: 'contradicted',
        note: 'fact axs.price 1.6138',
      },
      {
        find: '8.9 pct@2',
        label: 'supported',
      },
      {
        find: '$0.2214',
        label: 'supported',
      },
      {
        find: '7.6 pct',
        label: 'supported',
      },
      {
        find: '$0.0314',
        label: 'contradicted',
        note: 'fact gala.price 0.01342',
      },
      {
        find: '9.8 pct',
        label: 'supported',
      },
      {
        find: '3.4 pct@2',
        label: 'supported',
      },
      {
        find: '$0.5286',
        label: 'supported',
      },
      {
        find: '4.8 pct',
        label: 'supported',
      },
    ],
  },
  {
    id: 'D-wire-08',
    voice: 'wire',
    style: 'daily',
    text: 'FLASH - Bitcoin tops $112,000, highest in a month - CoinDesk\nFLASH - Crypto market cap climbs 3.7 pct to $3.62 trillion - CryptoSlate\nFLASH - Spot bitcoin ETFs draw $621 million in a day - CoinDesk\nFLASH - AI tokens jump 9 pct; Virtuals, FET lead - CoinDesk\nFLASH - Ether gains 6.4 pct, nears $4,000 - Cointelegraph\nFLASH - Bitcoin open interest climbs 6 pct - The Block\nFLASH - Avalanche rises 6 pct on subnet activity - CryptoSlate\nFLASH - NEAR jumps 9 pct, Sui 5 pct - Decrypt\nFLASH - Filecoin gains 3 pct - The Block\nFLASH - Solana funding turns negative as price rises 9 pct - Cointelegraph\nFLASH - Bitcoin shorts squeezed, over $340 million liquidated - Decrypt\nFLASH - Bitcoin could hit $150,000 in 2027, analyst says',
    numbers: [
      {
        find: '$112,000',
        label: 'supported',
      },
      {
        find: '3.7 pct',
        label: 'supported',
      },
      {
        find: '$3.62 trillion',
        label: 'supported',
      },
      {
        find: '$621 million',
        label: 'contradicted',
        note: 'headline says $612M (CoinDesk, Bitcoin Magazine)',
      },
      {
        find: '9 pct@1',
        label: 'supported',
      },
      {
        find: '6.4 pct',
        label: 'contradicted',
        note: 'fact eth.change_24h 4.62; Cointelegraph says 4.6%',
      },
      {
        find: '$4,000',
        label: 'supported',
      },
      {
        find: '6 pct@1',
        label: 'supported',
      },
      {
        find: '6 pct@2',
        label: 'supported',
      },
      {
        find: '9 pct@2',
        label: 'supported',
      },
      {
        find: '5 pct',
        label: 'contradicted',
        note: 'fact sui.change_24h 7.14; Decrypt says 7%',
      },
      {
        find: '3 pct',
        label: 'supported',
      },
      {
        find: '9 pct@3',
        label: 'contradicted',
        note: 'fact sol.change_24h 5.41',
      },
      {
        find: '$340 million',
        label: 'supported-by-source',
      },
      {
        find: '$150,000',
        label: 'unsupported',
        note: 'forecast',
      },
      {
        find: '2027',
        label: 'ignored',
      },
    ],
  },
];
