import type { BlindCase } from '../types.ts';

export const cases: BlindCase[] = [
  {
    id: 'G-social-01',
    voice: 'social',
    style: 'daily',
    text: 'gm 🌞 $BTC 98.7k and shorts getting cooked 🔥 +1.5% on the day, not huge but funding still -0.006% lol. bears literally paying us to hold 😂\n$ETH doing the heavy lifting +6.3% to 3,486 🚀\n100k is the line. break it and we go 115k ez',
    numbers: [
      {
        find: '98.7k',
        label: 'supported',
      },
      {
        find: '+1.5%',
        label: 'supported',
      },
      {
        find: '-0.006%',
        label: 'supported',
      },
      {
        find: '+6.3%',
        label: 'supported',
      },
      {
        find: '3,486',
        label: 'supported',
      },
      {
        find: '100k',
        label: 'supported',
        note: 'btc.resistance 100000',
      },
      {
        find: '115k',
        label: 'unsupported',
        note: 'forecast',
      },
    ],
  },
  {
    id: 'G-social-02',
    voice: 'social',
    style: 'daily',
    text: 'GAMING SZN 🎮🎮\n$GALA +18.9%\n$AXS +27.8%\n$SAND +16.4%\n$IMX +12.6%\nall 4 green, sector +15.7% 😤 GALA volume like 3x normal. $SAND now 0.36. told you guys to buy GALA at 0.012 😎',
    numbers: [
      {
        find: '+18.9%',
        label: 'supported',
      },
      {
        find: '+27.8%',
        label: 'contradicted',
        note: 'fact axs.change_24h 17.83',
      },
      {
        find: '+16.4%',
        label: 'supported',
      },
      {
        find: '+12.6%',
        label: 'supported',
      },
      {
        find: '4@2',
        label: 'supported',
      },
      {
        find: '+15.7%',
        label: 'supported',
      },
      {
        find: '3x',
        label: 'supported',
      },
      {
        find: '0.36',
        label: 'contradicted',
        note: 'fact sand.price 0.2597',
      },
      {
        find: '0.012',
        label: 'unsupported',
        note: 'history, no fact',
      },
    ],
  },
  {
    id: 'G-social-03',
    voice: 'social',
    style: 'daily',
    text: 'why is $DOGE -3.4% when literally everything is pumping 😭 $PEPE -5.8% $SHIB -2.2%. only $WIF green at +1.9%. memes the only red sector -3.3%, dogefather pls\nDOGE 0.193 holding the 0.19 support for now. if that breaks 0.15 incoming\nmeanwhile $BONK +12% and PEPE down 15% this week 🤡',
    numbers: [
      {
        find: '-3.4%',
        label: 'supported',
      },
      {
        find: '-5.8%',
        label: 'supported',
      },
      {
        find: '-2.2%',
        label: 'supported',
      },
      {
        find: '+1.9%',
        label: 'supported',
      },
      {
        find: '-3.3%',
        label: 'supported',
      },
      {
        find: '0.193',
        label: 'supported',
      },
      {
        find: '0.19@2',
        label: 'supported',
        note: 'doge.support 0.19',
      },
      {
        find: '0.15',
        label: 'unsupported',
        note: 'forecast',
      },
      {
        find: '+12%',
        label: 'unsupported',
        note: 'off-watchlist token',
      },
      {
        find: '15%',
        label: 'contradicted',
        note: 'fact pepe.change_7d -10.17',
      },
    ],
  },
  {
    id: 'G-social-04',
    voice: 'social',
    style: 'daily',
    text: 'funding check 📊\nBTC -0.0061%\nETH -0.0112%\nSOL -0.0087%\nDOGE -0.0025%\nXRP +0.0039% 👀 longs paying there\nOI down 9.7% in a day, $15.1B total. ETH OI -12.6%, SOL OI -18.3%\nBTC funding annualized -16.7%. $412M liquidated, 78% of it shorts',
    numbers: [
      {
        find: '-0.0061%',
        label: 'supported',
      },
      {
        find: '-0.0112%',
        label: 'supported',
      },
      {
        find: '-0.0087%',
        label: 'supported',
      },
      {
        find: '-0.0025%',
        label: 'supported',
      },
      {
        find: '+0.0039%',
        label: 'supported',
      },
      {
        find: '9.7%',
        label: 'supported',
      },
      {
        find: '$15.1B',
        label: 'supported',
      },
      {
        find: '-12.6%',
        label: 'supported',
      },
      {
        find: '-18.3%',
        label: 'contradicted',
        note: 'fact sol.oi_change_24h -8.3',
      },
      {
        find: '-16.7%',
        label: 'contradicted',
        note: 'fact btc.funding_apr -6.70',
      },
      {
        find: '$412M',
        label: 'unsupported',
        note: 'headline figure, not attributed',
      },
      {
        find: '78%',
        label: 'unsupported',
        note: 'headline figure, not attributed',
      },
    ],
  },
  {
    id: 'G-social-05',
    voice: 'social',
    style: 'daily',
    text: '🧵 alt check 1/3\n$SOL 158.9 +7.8% right under 160 resistance\n$SUI +10.2% best L1 today\n$AVAX 19.46 +9.4%\n$ADA +3.6%\n$DOT +12.1%\n$NEAR 3.87\n$BNB the only L1 red -0.4% lmao\n\n2/3 L2s: $OP +11.3% $ARB +9.7% $POL +8.2%, all 4 green\n\n3/3 AI: $VIRTUAL +13.4% $WLD +9.1% $TAO -0.8% 🤡',
    numbers: [
      {
        find: '1@1',
        label: 'ignored',
      },
      {
        find: '3@1',
        label: 'ignored',
      },
      {
        find: '158.9',
        label: 'supported',
      },
      {
        find: '+7.8%',
        label: 'supported',
      },
      {
        find: '160',
        label: 'supported',
        note: 'sol.resistance 160',
      },
      {
        find: '+10.2%',
        label: 'supported',
      },
      {
        find: '1@5',
        label: 'ignored',
      },
      {
        find: '19.46',
        label: 'supported',
      },
      {
        find: '+9.4%',
        label: 'supported',
      },
      {
        find: '+3.6%',
        label: 'contradicted',
        note: 'fact ada.change_24h 8.62',
      },
      {
        find: '+12.1%',
        label: 'contradicted',
        note: 'fact dot.change_24h 7.13',
      },
      {
        find: '3.87',
        label: 'contradicted',
        note: 'fact near.price 2.874',
      },
      {
        find: '1@9',
        label: 'ignored',
      },
      {
        find: '-0.4%',
        label: 'supported',
      },
      {
        find: '2@3',
        label: 'ignored',
      },
      {
        find: '3@4',
        label: 'ignored',
      },
      {
        find: '2@4',
        label: 'ignored',
      },
      {
        find: '+11.3%',
        label: 'supported',
      },
      {
        find: '+9.7%',
        label: 'supported',
      },
      {
        find: '+8.2%',
        label: 'supported',
      },
      {
        find: '4@4',
        label: 'supported',
      },
      {
        find: '3@6',
        label: 'ignored',
      },
      {
        find: '3@7',
        label: 'ignored',
      },
      {
        find: '+13.4%',
        label: 'supported',
      },
      {
        find: '+9.1%',
        label: 'supported',
      },
      {
        find: '-0.8%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'G-social-06',
    voice: 'social',
    style: 'weekly',
    text: 'weekly recap 📉📈 (7d)\n$BTC -5.5%\n$ETH -0.6% basically flat\n$SOL -7.2%\n$XRP -5.3%\n$OP +9.2% $ARB +8.8% 👑\n$AXS +12.3%\n$GALA +18.9%\n$RENDER +8.7%\n$HNT -1.2%\n$DOGE -10.1% $PEPE -10.2% rip\nmemes sector -3.3%, L2s +6.7%',
    numbers: [
      {
        find: '7@1',
        label: 'ignored',
      },
      {
        find: '-5.5%',
        label: 'supported',
      },
      {
        find: '-0.6%',
        label: 'supported',
      },
      {
        find: '-7.2%',
        label: 'contradicted',
        note: 'fact sol.change_7d -2.72',
      },
      {
        find: '-5.3%',
        label: 'supported',
      },
      {
        find: '+9.2%',
        label: 'supported',
      },
      {
        find: '+8.8%',
        label: 'supported',
      },
      {
        find: '+12.3%',
        label: 'supported',
      },
      {
        find: '+18.9%',
        label: 'contradicted',
        note: 'window: 18.94 is 24h; gala.change_7d 7.48',
      },
      {
        find: '+8.7%',
        label: 'contradicted',
        note: 'sign: render.change_7d -8.67',
      },
      {
        find: '-1.2%',
        label: 'contradicted',
        note: 'window: -1.18 is 24h; hnt.change_7d -10.93',
      },
      {
        find: '-10.1%',
        label: 'supported',
      },
      {
        find: '-10.2%',
        label: 'supported',
      },
      {
        find: '-3.3%',
        label: 'contradicted',
        note: 'window: -3.32 is 24h; memes 7d -8.86',
      },
      {
        find: '2@6',
        label: 'ignored',
      },
      {
        find: '+6.7%',
        label: 'supported',
      },
    ],
  },
  {
    id: 'G-social-07',
    voice: 'social',
    style: 'daily',
    text: '$BTC levels 📈\nsupport 95k / resistance 100k\n24h low 96.75k, high 99k\n30d low 95.9k, 30d high 121k\nvol 2.4x the 7d avg\ndominance 59.5%\nrealized vol (7d) 58.6%\nmcap 1.79T',
    numbers: [
      {
        find: '95k',
        label: 'supported',
      },
      {
        find: '100k',
        label: 'supported',
      },
      {
        find: '24',
        label: 'ignored',
      },
      {
        find: '96.75k',
        label: 'supported',
      },
      {
        find: '99k',
        label: 'supported',
      },
      {
        find: '30@1',
        label: 'ignored',
      },
      {
        find: '95.9k',
        label: 'supported',
      },
      {
        find: '30@2',
        label: 'ignored',
      },
      {
        find: '121k',
        label: 'contradicted',
        note: 'fact btc.swing_high_30d 111455',
      },
      {
        find: '2.4x',
        label: 'supported',
      },
      {
        find: '7@2',
        label: 'ignored',
      },
      {
        find: '59.5%',
        label: 'supported',
      },
      {
        find: '7@3',
        label: 'ignored',
      },
      {
        find: '58.6%',
        label: 'contradicted',
        note: 'fact btc.volatility_7d 38.6',
      },
      {
        find: '1.79T',
        label: 'contradicted',
        note: 'fact btc.market_cap 1.97T',
      },
    ],
  },
  {
    id: 'G-social-08',
    voice: 'social',
    style: 'daily',
    text: 'ETH funding still negative at -0.011% after a 6% pump?? squeeze not over 👀\n24/30 coins green today. r/CryptoCurrency somehow counting 27 lol\ntotal mcap 3.32T +2.9%\n$XRP only major where OI went up, +2.1%\n$TAO 366 💀 bnb 1,068 zzz\n$ETH 3.8k next stop 4k',
    numbers: [
      {
        find: '-0.011%',
        label: 'supported',
      },
      {
        find: '6%',
        label: 'supported',
      },
      {
        find: '24',
        label: 'supported',
      },
      {
        find: '30',
        label: 'supported',
      },
      {
        find: '27',
        label: 'contradicted',
        note: 'headline count; fact market.advancers_24h 24',
      },
      {
        find: '3.32T',
        label: 'supported',
      },
      {
        find: '+2.9%',
        label: 'supported',
      },
      {
        find: '+2.1%',
        label: 'supported',
      },
      {
        find: '366',
        label: 'supported',
      },
      {
        find: '1,068',
        label: 'contradicted',
        note: 'fact bnb.price 968.1',
      },
      {
        find: '3.8k',
        label: 'contradicted',
        note: 'fact eth.price 3486',
      },
      {
        find: '4k',
        label: 'unsupported',
        note: 'forecast',
      },
    ],
  },
  {
    id: 'G-social-09',
    voice: 'social',
    style: 'sector',
    text: 'gaming tokens cap only $2.79B total, still tiny. added $378M today 🎮\nGALA mcap $721M, AXS $318M, SAND $63.7M, IMX $1.12B\nIMX was the top gainer at +18.9%?? \nAXS at $2.93 and +31% on the month\nRonin did 2.3M txs per The Block 🤯',
    numbers: [
      {
        find: '$2.79B',
        label: 'supported',
      },
      {
        find: '$378M',
        label: 'supported',
      },
      {
        find: '$721M',
        label: 'supported',
      },
      {
        find: '$318M',
        label: 'supported',
      },
      {
        find: '$63.7M',
        label: 'contradicted',
        note: '10x slip: sand.market_cap 637M',
      },
      {
        find: '$1.12B',
        label: 'supported',
      },
      {
        find: '+18.9%',
        label: 'contradicted',
        note: 'leader wrong: GALA 18.94; imx.change_24h 12.63',
      },
      {
        find: '$2.93',
        label: 'contradicted',
        note: 'fact axs.price 1.9342',
      },
      {
        find: '+31%',
        label: 'contradicted',
        note: 'fact axs.change_30d -7.79',
      },
      {
        find: '2.3M',
        label: 'supported-by-source',
      },
    ],
  },
  {
    id: 'G-social-10',
    voice: 'social',
    style: 'daily',
    text: '$VIRTUAL 1.53 and up 13% 🤖 AI sector +5.6%\n$FET 0.56 sitting right on support (0.56)\n$RENDER +15.1%\n$GRT 0.0942\n$TAO -8.2%\n$WLD 0.92\n$IOTX +10.8% leading DePIN, $HNT -1.2%, $FIL 2.14',
    numbers: [
      {
        find: '1.53',
        label: 'supported',
      },
      {
        find: '13%',
        label: 'supported',
      },
      {
        find: '+5.6%',
        label: 'supported',
      },
      {
        find: '0.56@1',
        label: 'supported',
      },
      {
        find: '0.56@2',
        label: 'supported',
        note: 'fet.support 0.56',
      },
      {
        find: '+15.1%',
        label: 'contradicted',
        note: 'fact render.change_24h 5.08',
      },
      {
        find: '0.0942',
        label: 'contradicted',
        note: 'fact grt.price 0.07416',
      },
      {
        find: '-8.2%',
        label: 'contradicted',
        note: 'fact tao.change_24h -0.82',
      },
      {
        find: '0.92',
        label: 'contradicted',
        note: 'fact wld.price 0.8162',
      },
      {
        find: '+10.8%',
        label: 'supported',
      },
      {
        find: '-1.2%',
        label: 'supported',
      },
      {
        find: '2.14',
        label: 'supported',
      },
    ],
  },
  {
    id: 'G-social-11',
    voice: 'social',
    style: 'daily',
    text: 'CoinDesk says $412M liquidated, 78% shorts 🩸\nThe Block: BTC OI down 9.8% to $7.86B\nDecrypt: BTC spot volume $8.5B\nBitcoin Magazine: ETF inflows $2.36B\nCointelegraph: 24/30 up\nu/pixel_farmer_88 says GALA +19%\nCryptoSlate: IOTX +11% to $0.0237',
    numbers: [
      {
        find: '$412M',
        label: 'supported-by-source',
      },
      {
        find: '78%',
        label: 'supported-by-source',
      },
      {
        find: '9.8%',
        label: 'supported',
      },
      {
        find: '$7.86B',
        label: 'supported',
      },
      {
        find: '$8.5B',
        label: 'supported',
      },
      {
        find: '$2.36B',
        label: 'unsupported',
        note: 'misquoted: headline says $236M; no fact',
      },
      {
        find: '24',
        label: 'supported',
      },
      {
        find: '30',
        label: 'supported',
      },
      {
        find: '88',
        label: 'ignored',
      },
      {
        find: '+19%',
        label: 'supported',
      },
      {
        find: '+11%',
        label: 'supported',
      },
      {
        find: '$0.0237',
        label: 'supported',
      },
    ],
  },
  {
    id: 'G-social-12',
    voice: 'social',
    style: 'daily',
    text: 'ok real talk. total mcap +2.9% but BTC only +1.5%, alts outran it. ETH +6.3%, SOL +7.8%, gaming +16%\nBTC dom down to 59.45%, volume $247B\nETH dominance 17%\nSOL mcap $87.8B vs BNB $104.7B\nETH -0.6% on the week, BTC -7.7% on the month\nDOGE OI $5.6B 🤔',
    numbers: [
      {
        find: '+2.9%',
        label: 'supported',
      },
      {
        find: '+1.5%',
        label: 'supported',
      },
      {
        find: '+6.3%',
        label: 'supported',
      },
      {
        find: '+7.8%',
        label: 'supported',
      },
      {
        find: '+16%',
        label: 'supported',
        note: 'fact 15.65',
      },
      {
        find: '59.45%',
        label: 'supported',
      },
      {
        find: '$247B',
        label: 'supported',
      },
      {
        find: '17%',
        label: 'unsupported',
        note: 'no fact; derived',
      },
      {
        find: '$87.8B',
        label: 'supported',
      },
      {
        find: '$104.7B',
        label: 'contradicted',
        note: 'fact bnb.market_cap 134.7B',
      },
      {
        find: '-0.6%',
        label: 'supported',
      },
      {
        find: '-7.7%',
        label: 'supported',
      },
      {
        find: '$5.6B',
        label: 'contradicted',
        note: '10x slip: doge.open_interest 0.56B',
      },
    ],
  },
  {
    id: 'G-social-13',
    voice: 'social',
    style: 'daily',
    text: 'L2 szn?? 👀\n$OP 0.496 (resistance 0.50), $ARB 0.33, $POL 0.2017, $IMX 0.57\nL2 sector +9.9%, cap $6.08B\n$ARB volume $1.77B wtf\n$POL +18.2%\n$IMX worst L2 today at +12.6%\nL2s gonna 10x from here',
    numbers: [
      {
        find: '2@1',
        label: 'ignored',
      },
      {
        find: '0.496',
        label: 'supported',
      },
      {
        find: '0.50',
        label: 'supported',
        note: 'op.resistance 0.5',
      },
      {
        find: '0.33',
        label: 'supported',
      },
      {
        find: '0.2017',
        label: 'supported',
      },
      {
        find: '0.57',
        label: 'supported',
      },
      {
        find: '2@3',
        label: 'ignored',
      },
      {
        find: '+9.9%',
        label: 'supported',
      },
      {
        find: '$6.08B',
        label: 'supported',
      },
      {
        find: '$1.77B',
        label: 'contradicted',
        note: '10x slip: arb.volume_24h 177M',
      },
      {
        find: '+18.2%',
        label: 'contradicted',
        note: 'fact pol.change_24h 8.16',
      },
      {
        find: '2@5',
        label: 'ignored',
      },
      {
        find: '+12.6%',
        label: 'contradicted',
        note: 'rank wrong: IMX is the best L2 (12.63), worst is POL 8.16',
      },
      {
        find: '2@7',
        label: 'ignored',
      },
      {
        find: '10x',
        label: 'unsupported',
        note: 'forecast',
      },
    ],
  },
  {
    id: 'G-social-14',
    voice: 'social',
    style: 'daily',
    text: "degen report 🎰\n$SUI 2.62 up 10.2%, 30d high is 2.85\n$SUI mcap $97B?? that can't be right\n$AVAX 29.46, volume 2.6x avg\n$XRP 2.35, funding -0.0039%\n$ADA 0.59 -8.6%\n$DOT 3.30\nSUI unlock of 44M tokens next week, careful",
    numbers: [
      {
        find: '2.62',
        label: 'supported',
      },
      {
        find: '10.2%',
        label: 'supported',
      },
      {
        find: '30@1',
        label: 'ignored',
      },
      {
        find: '2.85',
        label: 'supported',
      },
      {
        find: '$97B',
        label: 'contradicted',
        note: '10x slip: sui.market_cap 9.71B',
      },
      {
        find: '29.46',
        label: 'contradicted',
        note: 'fact avax.price 19.46',
      },
      {
        find: '2.6x',
        label: 'supported',
      },
      {
        find: '2.35',
        label: 'supported',
      },
      {
        find: '-0.0039%',
        label: 'contradicted',
        note: 'sign: xrp.funding_rate +0.0039',
      },
      {
        find: '0.59',
        label: 'supported',
      },
      {
        find: '-8.6%',
        label: 'contradicted',
        note: 'sign: ada.change_24h +8.62',
      },
      {
        find: '3.30',
        label: 'supported',
      },
      {
        find: '44M',
        label: 'unsupported',
        note: 'no fact',
      },
    ],
  },
  {
    id: 'G-social-15',
    voice: 'social',
    style: 'daily',
    text: 'thoughts on ETH 🧠\nprice 3.49k, 24h range 3.27k–3.53k\nOI $4.41B and funding apr -12.3%, vol 2.4x avg\nsupport at 3.6k\nETH/BTC 0.0353, outperformed BTC by 4.8%\nETH OI +12.6% today',
    numbers: [
      {
        find: '3.49k',
        label: 'supported',
      },
      {
        find: '24',
        label: 'ignored',
      },
      {
        find: '3.27k',
        label: 'supported',
      },
      {
        find: '3.53k',
        label: 'supported',
      },
      {
        find: '$4.41B',
        label: 'supported',
      },
      {
        find: '-12.3%',
        label: 'supported',
      },
      {
        find: '2.4x',
        label: 'supported',
      },
      {
        find: '3.6k',
        label: 'contradicted',
        note: '3600 is eth.resistance; support 3400',
      },
      {
        find: '0.0353',
        label: 'unsupported',
        note: 'no fact',
      },
      {
        find: '4.8%',
        label: 'unsupported',
        note: 'derived arithmetic',
      },
      {
        find: '+12.6%',
        label: 'contradicted',
        note: 'sign: eth.oi_change_24h -12.6',
      },
    ],
  },
  {
    id: 'G-social-16',
    voice: 'social',
    style: 'sector',
    text: "AI bags report 🤖\nsector cap $13.9B, CoinGecko AI category $25.6B\n6/7 green, TAO the only red one -0.8%\n$FET best AI coin today +7.4%\nAI -10.4% today?? no that's the month\n$WLD +6.3% today\n$VIRTUAL mcap $1.0B, vol 2.7x\n$TAO mcap $3.55B, 128 subnets",
    numbers: [
      {
        find: '$13.9B',
        label: 'supported',
      },
      {
        find: '$25.6B',
        label: 'supported',
      },
      {
        find: '6@2',
        label: 'supported',
      },
      {
        find: '7@1',
        label: 'supported',
      },
      {
        find: '-0.8%',
        label: 'supported',
      },
      {
        find: '+7.4%',
        label: 'contradicted',
        note: 'leader wrong: VIRTUAL 13.41 is best; fet 7.42',
      },
      {
        find: '-10.4%',
        label: 'contradicted',
        note: 'window: -10.36 is 30d; ai 24h +5.60',
      },
      {
        find: '+6.3%',
        label: 'contradicted',
        note: 'window: 6.28 is 7d; wld 24h 9.07',
      },
      {
        find: '$1.0B',
        label: 'supported',
      },
      {
        find: '2.7x',
        label: 'supported',
      },
      {
        find: '$3.55B',
        label: 'supported',
      },
      {
        find: '128',
        label: 'unsupported',
        note: 'no fact',
      },
    ],
  },
  {
    id: 'G-social-17',
    voice: 'social',
    style: 'daily',
    text: 'quick one: 24 up 6 down\ntop gainer $GALA +18.9%, worst $PEPE -5.8%\n$BTC.D 61%, mcap 3.32T, vol $146.7B\n$SHIB 0.0000104 $PEPE 0.0000068\nhalving in 2028 = 200k btc',
    numbers: [
      {
        find: '24',
        label: 'supported',
      },
      {
        find: '6@1',
        label: 'supported',
      },
      {
        find: '+18.9%',
        label: 'supported',
      },
      {
        find: '-5.8%',
        label: 'supported',
      },
      {
        find: '61%',
        label: 'contradicted',
        note: 'fact market.btc_dominance 59.45',
      },
      {
        find: '3.32T',
        label: 'supported',
      },
      {
        find: '$146.7B',
        label: 'contradicted',
        note: 'fact market.volume_24h 246.7B',
      },
      {
        find: '0.0000104',
        label: 'supported',
      },
      {
        find: '0.0000068',
        label: 'supported',
      },
      {
        find: '2028',
        label: 'ignored',
      },
      {
        find: '200k',
        label: 'unsupported',
        note: 'forecast',
      },
    ],
  },
];
