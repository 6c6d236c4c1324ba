import type { BlindCase } from '../types.ts';

export const cases: BlindCase[] = [
  {
    id: 'V-sector-comma-01',
    voice: 'sector-comma',
    style: 'sector',
    text: `Sector recap, 6 August

DePIN was the strongest sector of the session with a gain of 11,36 %. Render led the group at +12,4 %, Helium added 14,8 % and Filecoin 10,2 %, while IoTeX was the weakest member at +9,9 %. All 4 members closed higher. The watchlist basket is now worth about 3,59 Mrd. $, an increase of roughly 637 Mio. $ on the day.

The AI sector followed with +8,78 %. Virtuals Protocol was best at +13,6 %, Bittensor rose 9,6 % to 363,80 $, and FET gained 7,2 %. Worldcoin was the only loser, down 0,8 %, so 6 of 7 names advanced.

Layer 2 rose 7,49 %, led by Optimism at +9,8 %; Arbitrum added 6,8 % to 0,3948 $ and Polygon 12,8 %. Immutable gained only 1,2 %.`,
    numbers: [
      { find: '6 August', label: 'ignored' },
      { find: '11,36 %', label: 'supported' },
      { find: '+12,4 %', label: 'supported' },
      { find: '14,8 %', label: 'contradicted', note: 'fact hnt.change_24h 11.8' },
      { find: '10,2 %', label: 'supported' },
      { find: '+9,9 %', label: 'supported' },
      { find: '4 members', label: 'supported' },
      { find: '3,59 Mrd. $', label: 'supported' },
      { find: '637 Mio. $', label: 'contradicted', note: 'fact sector.depin.market_cap_change_24h 367M' },
      { find: '+8,78 %', label: 'supported' },
      { find: '+13,6 %', label: 'supported' },
      { find: '9,6 %', label: 'supported' },
      { find: '363,80 $', label: 'contradicted', note: 'fact tao.price 336.8' },
      { find: '7,2 %', label: 'contradicted', note: 'fact fet.change_24h 11.2' },
      { find: '0,8 %', label: 'supported' },
      { find: '6 of', label: 'supported' },
      { find: '7 names', label: 'supported' },
      { find: 'Layer 2', label: 'ignored' },
      { find: '7,49 %', label: 'supported' },
      { find: '+9,8 %', label: 'supported' },
      { find: '6,8 %', label: 'contradicted', note: 'fact arb.change_24h 8.6' },
      { find: '0,3948 $', label: 'supported' },
      { find: '12,8 %', label: 'contradicted', note: 'fact pol.change_24h 8.2 (12.8 is the L2 7d loss)' },
      { find: 'only 1,2 %', label: 'supported' },
    ],
  },
  {
    id: 'V-sector-comma-02',
    voice: 'sector-comma',
    style: 'sector',
    text: `Layer 1 and memes

The Layer 1 sector rose 6,07 % with all 10 members in the green. NEAR was the best performer at +10,2 %, Solana climbed 9,5 % to 187,42 $ and Sui 11,9 %. BNB was the weakest at +5,1 %. Bitcoin gained 5,8 % to 97.400 $ and Ether 9,7 % to 3.486 $.

The sector's watchlist capitalization reached 2,78 Bio. $, up about 159 Mrd. $ in 24 hours.

Memecoins gained 3,26 %, but only 3 of the 4 tokens rose. Dogecoin was the leader with +4,6 %, Pepe added 2,2 %, while dogwifhat lost 4,3 % and Shiba Inu 1,1 %. The meme category is worth around 64 Mrd. $ on CoinGecko.

Gaming was the only sector in the red at -0,09 %. Gala fell 2,8 %, the worst in the group, and Immutable was best with +1,2 %. The Sandbox rose 3,0 %.`,
    numbers: [
      { find: 'Layer 1 and', label: 'ignored' },
      { find: 'Layer 1 sector', label: 'ignored' },
      { find: '6,07 %', label: 'supported' },
      { find: '10 members', label: 'supported' },
      { find: '+10,2 %', label: 'supported' },
      { find: '9,5 %', label: 'supported' },
      { find: '187,42 $', label: 'contradicted', note: 'fact sol.price 178.42' },
      { find: '11,9 %', label: 'contradicted', note: 'fact sui.change_24h 9.1' },
      { find: '+5,1 %', label: 'contradicted', note: 'fact bnb.change_24h 3.10' },
      { find: '5,8 %', label: 'supported' },
      { find: '97.400 $', label: 'supported' },
      { find: '9,7 %', label: 'contradicted', note: 'fact eth.change_24h 7.90' },
      { find: '3.486 $', label: 'supported' },
      { find: '2,78 Bio. $', label: 'supported', note: 'sector.l1.market_cap 2.779T (Bio. = trillion)' },
      { find: '159 Mrd. $', label: 'supported' },
      { find: '24 hours', label: 'ignored' },
      { find: '3,26 %', label: 'supported' },
      { find: '3 of', label: 'contradicted', note: 'fact sector.memes.advancers_24h 2' },
      { find: '4 tokens', label: 'supported' },
      { find: '+4,6 %', label: 'supported' },
      { find: '2,2 %', label: 'supported', note: 'pepe 2.25; borderline rounding, unsure' },
      { find: '4,3 %', label: 'contradicted', note: 'fact wif.change_24h -3.4' },
      { find: '1,1 %', label: 'supported' },
      { find: '64 Mrd. $', label: 'contradicted', note: 'fact sector.memes.category_cap 46B' },
      { find: '-0,09 %', label: 'supported' },
      { find: '2,8 %', label: 'supported' },
      { find: '+1,2 %', label: 'supported' },
      { find: '3,0 %', label: 'contradicted', note: 'fact sand.change_24h 0.30 (10x)' },
    ],
  },
  {
    id: 'V-sector-comma-03',
    voice: 'sector-comma',
    style: 'weekly',
    text: `Weekly sector review

Over the week every sector lost ground despite Thursday's bounce. Memes were hit hardest with -16,9 %, followed by Gaming at -15,4 %. The AI basket fell 8,8 %, DePIN lost 17,2 % and Layer 2 gave up 12,8 %. Layer 1 held up best with -7,5 %.

Within Layer 1, BNB was the most resilient at -5,6 %, Solana the weakest at -13,8 %. In DePIN, Helium lost only 8,8 % while Render dropped 12,9 %. For AI, FET was best at -11,1 % and Worldcoin worst at -17,9 %. In Layer 2, Polygon fell 10,8 % and Optimism 18,5 %.

In dollar terms the Layer 1 basket lost about 225 Mrd. $ and memes about 78 Mrd. $. Not one of the 30 watchlist assets is up on the week.`,
    numbers: [
      { find: '-16,9 %', label: 'supported' },
      { find: '-15,4 %', label: 'supported' },
      { find: 'fell 8,8 %', label: 'contradicted', note: 'weekly: sector.ai.change_7d -13.0; 8.8 is the 24h gain' },
      { find: '17,2 %', label: 'contradicted', note: 'fact sector.depin.change_7d -12.1' },
      { find: 'Layer 2 gave', label: 'ignored' },
      { find: '12,8 %', label: 'supported' },
      { find: 'Layer 1 held', label: 'ignored' },
      { find: '-7,5 %', label: 'supported' },
      { find: 'Layer 1, BNB', label: 'ignored' },
      { find: '-5,6 %', label: 'supported' },
      { find: '-13,8 %', label: 'supported' },
      { find: '8,8 %@2', label: 'supported', note: 'hnt.change_7d -8.79' },
      { find: '12,9 %', label: 'supported' },
      { find: '-11,1 %', label: 'supported' },
      { find: '-17,9 %', label: 'supported' },
      { find: 'Layer 2, Polygon', label: 'ignored' },
      { find: '10,8 %', label: 'supported' },
      { find: '18,5 %', label: 'contradicted', note: 'fact op.change_7d -15.5' },
      { find: 'Layer 1 basket', label: 'ignored' },
      { find: '225 Mrd. $', label: 'supported' },
      { find: '78 Mrd. $', label: 'contradicted', note: 'fact sector.memes.market_cap_change_7d -7.8B (10x)' },
      {
        find: '30 watchlist',
        label: 'supported',
        note: 'market.members 30 (the zero-up-on-week claim has no whole-market 7d count; unsure)',
      },
    ],
  },
  {
    id: 'V-sector-comma-04',
    voice: 'sector-comma',
    style: 'daily',
    text: `Market overview

Total crypto capitalization rose 6 % to 3,3 Bio. $, with 24h volume around 320 Mrd. $. Bitcoin dominance fell to 56,2 %. Of the 30 watchlist assets, 26 rose and 4 fell.

Bitcoin traded at 97.400 $ after a 24h low of 89.567 $ and a high of 97.538 $. Support sits at 95.000 $, resistance at 100.000 $. The 30-day swing high is 127.388 $. Ether closed at 3.486,20 $, between support at 3.600 $ and resistance at 3.400 $.

Open interest rose 9,07 % to 14,7 Mrd. $; Bitcoin's OI increased 8,0 % to 4,3 Mrd. $ and Ether's 12,4 %. The average funding is negative at -0,0051 % per 8h. Solana's OI climbed 16,5 % to 1,25 Mrd. $.`,
    numbers: [
      { find: '6 %', label: 'supported' },
      { find: '3,3 Bio. $', label: 'supported' },
      { find: '24h volume', label: 'ignored' },
      { find: '320 Mrd. $', label: 'contradicted', note: 'fact market.volume_24h 230B' },
      { find: '56,2 %', label: 'contradicted', note: 'fact market.btc_dominance 58.75' },
      { find: '30 watchlist', label: 'supported' },
      { find: '26 rose', label: 'supported' },
      { find: '4 fell', label: 'supported' },
      { find: '97.400 $', label: 'supported' },
      { find: '24h low', label: 'ignored' },
      { find: '89.567 $', label: 'supported' },
      { find: '97.538 $', label: 'supported' },
      { find: '95.000 $', label: 'supported' },
      { find: '100.000 $', label: 'supported' },
      { find: '30-day', label: 'ignored' },
      { find: '127.388 $', label: 'contradicted', note: 'fact btc.swing_high_30d 117388' },
      { find: '3.486,20 $', label: 'supported' },
      { find: '3.600 $', label: 'contradicted', note: 'support/resistance swapped: eth.support 3400' },
      { find: '3.400 $', label: 'contradicted', note: 'swapped: eth.resistance 3600' },
      { find: '9,07 %', label: 'supported' },
      { find: '14,7 Mrd. $', label: 'supported' },
      { find: '8,0 %', label: 'supported' },
      { find: '4,3 Mrd. $', label: 'contradicted', note: 'ETH OI; btc.open_interest 7.6B' },
      { find: '12,4 %', label: 'contradicted', note: 'fact eth.oi_change_24h 9.2' },
      { find: '-0,0051 %', label: 'supported' },
      { find: '8h', label: 'ignored' },
      { find: '16,5 %', label: 'supported' },
      { find: '1,25 Mrd. $', label: 'supported' },
    ],
  },
  {
    id: 'V-sector-comma-05',
    voice: 'sector-comma',
    style: 'sector',
    text: `AI and DePIN in focus

The AI tokens (7 names) gained 8,78 % to a combined 12,3 Mrd. $, adding almost 1 Mrd. $. The Graph rose 8,8 % to 0,07836 $, Render 12,4 % to 3,07 $ and NEAR 10,2 %. Virtuals topped the list at 0,94 $ (+13,6 %). Worldcoin lost 2,8 % to 0,81 $. According to CoinGecko, the AI category cap is 22 Mrd. $ with 24h volume of 4,6 Mrd. $.

DePIN rose 11,4 %; Filecoin gained 10,2 % to 2,93 $, Helium 11,8 % to 2,69 $, IoTeX 9,9 % to 0,0195 $. DePIN outperformed AI by 2,6 points and could double this quarter.

The CoinGecko DePIN category, at 8,4 Mrd. $, rose 14,8 % in the session.`,
    numbers: [
      { find: '7 names', label: 'supported' },
      { find: '8,78 %', label: 'supported' },
      { find: '12,3 Mrd. $', label: 'supported' },
      { find: '1 Mrd. $', label: 'supported', note: 'sector.ai.market_cap_change_24h 0.995B; "almost"' },
      { find: '8,8 %', label: 'supported' },
      { find: '0,07836 $', label: 'supported' },
      { find: '12,4 %', label: 'supported' },
      { find: '3,07 $', label: 'supported' },
      { find: 'NEAR 10,2 %', label: 'supported' },
      { find: '0,94 $', label: 'supported' },
      { find: '+13,6 %', label: 'supported' },
      { find: '2,8 %', label: 'contradicted', note: 'fact wld.change_24h -0.80 (2.8 is GALA)' },
      { find: '0,81 $', label: 'supported' },
      { find: '22 Mrd. $', label: 'supported' },
      { find: '24h volume', label: 'ignored' },
      { find: '4,6 Mrd. $', label: 'contradicted', note: 'fact sector.ai.category_volume_24h 6.4B' },
      { find: '11,4 %', label: 'supported' },
      { find: '10,2 %@2', label: 'supported' },
      { find: '2,93 $', label: 'contradicted', note: 'fact fil.price 1.9348' },
      { find: '11,8 %', label: 'supported' },
      { find: '2,69 $', label: 'supported' },
      { find: '9,9 %', label: 'supported' },
      { find: '0,0195 $', label: 'supported' },
      { find: '2,6 points', label: 'unsupported', note: 'derived arithmetic' },
      { find: '8,4 Mrd. $', label: 'supported' },
      { find: '14,8 %', label: 'contradicted', note: 'fact sector.depin.category_change_24h 10.8' },
    ],
  },
  {
    id: 'V-sector-comma-06',
    voice: 'sector-comma',
    style: 'daily',
    text: `Short notes on the majors

XRP rose 4,2 % to 2,6174 $, just above support at 2,60 $; resistance is 2,70 $. Cardano gained 6,8 % to 0,8642 $. Avalanche climbed 4,8 % to 21,37 $ and Polkadot 7,1 % to 5,31 $. BNB added 3,1 % to 812,60 $, still far from its record of 1.370 $ in 2025.

Bitcoin is up 5,8 % but remains 12,1 % lower than 30 days ago; over 7 days it lost 9,0 %. Ether is down 6,5 % over the week. Solana's 30-day decline is 19,0 %.

Funding: Bitcoin -0,006 % per 8h (-6,57 % annualized), Ether -0,011 %, Solana +0,08 %, Dogecoin +0,009 %. Longs are paying shorts on Bitcoin. Dogecoin's open interest stands at 700 Mio. $, up 16,5 %.

The memes category on CoinGecko rose 5,2 % and gaming fell 0,4 %. A move to 110.000 $ for Bitcoin looks likely next month, and ETF inflows reached 620 Mio. $.`,
    numbers: [
      { find: '4,2 %', label: 'supported' },
      { find: '2,6174 $', label: 'supported' },
      { find: 'at 2,60 $', label: 'supported' },
      { find: '2,70 $', label: 'supported' },
      { find: '6,8 %', label: 'supported' },
      { find: '0,8642 $', label: 'contradicted', note: 'fact ada.price 0.6842' },
      { find: '4,8 %', label: 'contradicted', note: 'fact avax.change_24h 8.4' },
      { find: '21,37 $', label: 'supported' },
      { find: '7,1 %', label: 'supported' },
      { find: '5,31 $', label: 'contradicted', note: 'fact dot.price 3.512' },
      { find: '3,1 %', label: 'supported' },
      { find: '812,60 $', label: 'supported' },
      { find: '1.370 $', label: 'unsupported', note: 'history' },
      { find: '2025', label: 'ignored' },
      { find: '5,8 %', label: 'supported' },
      { find: '12,1 %', label: 'supported' },
      { find: '30 days', label: 'ignored' },
      { find: '7 days', label: 'ignored' },
      { find: 'lost 9,0 %', label: 'contradicted', note: 'ETH figure; btc.change_7d -6.5' },
      { find: 'down 6,5 %', label: 'contradicted', note: 'BTC figure; eth.change_7d -9.0' },
      { find: '30-day', label: 'ignored' },
      { find: '19,0 %', label: 'supported' },
      { find: '-0,006 %', label: 'supported' },
      { find: '8h', label: 'ignored' },
      { find: '-6,57 %', label: 'supported' },
      { find: '-0,011 %', label: 'supported' },
      { find: '+0,08 %', label: 'contradicted', note: 'fact sol.funding_rate 0.008 (10x)' },
      { find: '+0,009 %', label: 'supported' },
      { find: '700 Mio. $', label: 'supported' },
      { find: '16,5 %', label: 'contradicted', note: 'SOL OI change; doge.oi_change_24h 11.4' },
      { find: '5,2 %', label: 'contradicted', note: 'fact sector.memes.category_change_24h 3.2' },
      { find: '0,4 %', label: 'supported' },
      { find: '110.000 $', label: 'unsupported', note: 'forecast' },
      { find: '620 Mio. $', label: 'unsupported', note: 'CoinDesk figure not attributed' },
    ],
  },
];
