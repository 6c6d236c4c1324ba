/**
 * Corpus templates: statements about the fixtures day written the way different writers would. Facts
 * are placeholders (see expand.ts), so the corpus follows the fixture numbers. Styles: terse, wordy,
 * hedged, translated-sounding, comma decimals, lists, headlines, tables, pronoun follow-ups.
 */
import type { Template } from './expand.ts';

const t = (style: string, text: string): Template => ({ style, text });

export const templates: Template[] = [
  // terse: desk shorthand
  t('terse', 'BTC {dir:btc.change_24h:-|+}{btc.change_24h:p1}% 24h, last ${btc.price:k1}K.'),
  t('terse', 'ETH {eth.change_24h:sp1}% on the day at ${eth.price:d2}.'),
  t('terse', 'SOL {sol.change_24h:sp1}% (24h), {sol.change_7d:sp1}% (7d).'),
  t('terse', 'AI {sector.ai.change_24h:sp1}% 24h; L2 {sector.l2.change_24h:sp1}% 24h.'),
  t('terse', 'Memes {sector.memes.change_7d:sp1}% w/w.'),
  t('terse', 'DOGE funding {doge.funding_rate:sp4}% per 8h.'),
  t('terse', 'Total cap ${market.total_cap:t2}T, {market.cap_change_24h:sp1}% d/d.'),
  t('terse', 'BTC.D {market.btc_dominance:p1}%.'),
  t('terse', 'Breadth: {market.advancers_24h:i} up / {market.decliners_24h:i} down.'),
  t('terse', 'OI ${market.open_interest:b1}B, {market.oi_change_24h:sp1}% 24h.'),
  t('terse', 'XRP {xrp.change_24h:sp1}% today, ${xrp.price:d4}.'),
  t('terse', 'HNT {hnt.change_24h:sp1}% 24h: the only DePIN name in the green.'),
  // wordy: full newsroom sentences
  t(
    'wordy',
    'Bitcoin {dir:btc.change_24h:fell|rose} {btc.change_24h:p1}% over the past 24 hours to trade at ${btc.price:d0}, according to exchange data compiled for this brief.',
  ),
  t(
    'wordy',
    'Ether {dir:eth.change_7d:lost|gained} {eth.change_7d:p1}% over the week, leaving the second-largest token at ${eth.price:d0}.',
  ),
  t(
    'wordy',
    'The AI sector {dir:sector.ai.change_24h:dropped|climbed} {sector.ai.change_24h:p1}% on the day, the steepest move of any group we track.',
  ),
  t(
    'wordy',
    'Layer-2 tokens have had a bruising week, {dir:sector.l2.change_7d:falling|rising} {sector.l2.change_7d:p1}% over seven days as fee income dried up.',
  ),
  t(
    'wordy',
    'Gaming tokens {dir:sector.gaming.change_7d:slid|rallied} {sector.gaming.change_7d:p1}% over the week, with the sector worth ${sector.gaming.market_cap:b2} billion at the close.',
  ),
  t(
    'wordy',
    'Solana changed hands at ${sol.price:d2} after a {sol.change_24h:p1}% {dir:sol.change_24h:drop|gain} over 24 hours.',
  ),
  t(
    'wordy',
    'The total value of the crypto market stood at ${market.total_cap:t2} trillion this morning, {dir:market.cap_change_24h:down|up} {market.cap_change_24h:p1}% from a day earlier.',
  ),
  t('wordy', "Bitcoin's share of the total market, its dominance, edged to {market.btc_dominance:p1}%."),
  t(
    'wordy',
    'Open interest across the perpetual contracts we follow {dir:market.oi_change_7d:shrank|grew} {market.oi_change_7d:p1}% over the week to ${market.open_interest:b1} billion.',
  ),
  t('wordy', 'Only {market.advancers_24h:i} of {market.members:i} watchlist assets rose over the past day.'),
  t('wordy', 'Within the AI basket, {sector.ai.decliners_24h:i} of {sector.ai.members:i} tokens fell over 24 hours.'),
  t(
    'wordy',
    'Virtuals Protocol was the weakest AI name, {dir:virtual.change_24h:down|up} {virtual.change_24h:p1}% on the day.',
  ),
  t('wordy', 'Fetch.ai {dir:fet.change_7d:lost|added} {fet.change_7d:p1}% over the week.'),
  t('wordy', 'Bittensor {dir:tao.change_24h:slipped|rose} {tao.change_24h:p1}% over 24 hours to ${tao.price:d2}.'),
  t('wordy', 'Render {dir:render.change_24h:fell|rose} {render.change_24h:p1}% on the day.'),
  t('wordy', 'Dogecoin {dir:doge.change_7d:tumbled|surged} {doge.change_7d:p1}% over the week.'),
  t(
    'wordy',
    'Arbitrum {dir:arb.change_7d:lost|gained} {arb.change_7d:p1}% in seven days while Optimism {dir:op.change_7d:shed|added} {op.change_7d:p1}%.',
  ),
  t('wordy', "BTC's realized volatility over seven days ran at {btc.volatility_7d:p1}% annualized."),
  t('wordy', 'Trading volume in bitcoin reached ${btc.volume_24h:b2} billion over the past 24 hours.'),
  t('wordy', 'Spot volume in BTC ran at {btc.volume_ratio_7d:r2} times its seven-day average.'),
  t(
    'wordy',
    'Funding on bitcoin perpetuals sits at {btc.funding_rate:p4}% per eight hours, or {btc.funding_apr:p1}% annualized.',
  ),
  t('wordy', 'The combined market cap of the AI tokens we track is ${sector.ai.market_cap:b2} billion.'),
  t(
    'wordy',
    'The AI sector market cap went from ${sector.ai.market_cap_start_7d:b2} billion to ${sector.ai.market_cap:b2} billion over the week, a {sector.ai.change_7d:p1}% decline, erasing ${sector.ai.market_cap_change_7d:ab2} billion.',
  ),
  t(
    'wordy',
    'Over the past day the memecoin sector shed ${sector.memes.market_cap_change_24h:ab2} billion of market value.',
  ),
  t('wordy', "Bitcoin's 24h high was ${btc.high_24h:d0} and its low ${btc.low_24h:d0}."),
  t('wordy', 'Bitcoin {alt:slipped below|climbed above} ${btc.price:ceilk}K during the session.'),
  t('wordy', 'Bitcoin now trades {alt:above|below} ${btc.price:floor3}.'),
  t('wordy', 'Immediate support for bitcoin sits at ${btc.support:d0}, with resistance at ${btc.resistance:d0}.'),
  t(
    'wordy',
    'Bitcoin changed hands at ${btc.price:k1}K. It remains well under its 30-day swing high of ${btc.swing_high_30d:k1}K.',
  ),
  // hedged
  t('hedged', 'The AI sector was down roughly {sector.ai.change_24h:p0}% by the morning.'),
  t('hedged', 'Bitcoin sits at about ${btc.price:k0}K.'),
  t(
    'hedged',
    'Ether is trading around ${eth.price:d0}, {dir:eth.change_24h:off|up} about {eth.change_24h:p0}% on the day.',
  ),
  t('hedged', 'Layer-2 tokens lost more than {sector.l2.change_7d:pf0}% over the week.'),
  t('hedged', 'Total market capitalization is just under ${market.total_cap:tc2} trillion.'),
  t(
    'hedged',
    'The AI sector fell less than {sector.ai.change_24h:pc0}% on the day, and Bitcoin lost under {btc.change_24h:pc0}%.',
  ),
  t('hedged', 'Nearly {sector.gaming.change_7d:p0}% came off gaming tokens over the week.'),
  t('hedged', 'Roughly ${market.open_interest:b1} billion of open interest remains on the perpetual venues we track.'),
  t('hedged', 'Solana is approximately {sol.change_7d:p0}% {dir:sol.change_7d:lower|higher} on the week.'),
  t('hedged', 'Memecoins gave up about {sector.memes.change_24h:p1}% in the last 24 hours.'),
  t('hedged', 'Bitcoin dominance is close to {market.btc_dominance:p0}%.'),
  t('hedged', 'Around {market.decliners_24h:i} of the {market.members:i} tokens on our watchlist declined on the day.'),
  // translated-sounding
  t(
    'translated',
    'Bitcoin price has {dir:btc.change_7d:fallen|risen} by {btc.change_7d:p1}% during the week, now is at ${btc.price:k1}K level.',
  ),
  t(
    'translated',
    'For the artificial intelligence sector, the decrease of the day is {sector.ai.change_24h:p1}%, biggest among all sectors.',
  ),
  t(
    'translated',
    'The sector of Layer 2 is recording the weekly {dir:sector.l2.change_7d:decline|increase} of {sector.l2.change_7d:p1}%.',
  ),
  t(
    'translated',
    'Decentralized physical infrastructure (DePIN) is {dir:sector.depin.change_7d:down|up} {sector.depin.change_7d:p1}% in week.',
  ),
  t(
    'translated',
    'Total cryptocurrency market capitalization is now ${market.total_cap:t2} trillion, it is {dir:market.cap_change_24h:decreasing|increasing} {market.cap_change_24h:p1}% in 24 hours.',
  ),
  t(
    'translated',
    'Open interest of perpetual contracts is {dir:market.oi_change_24h:reduced|increased} {market.oi_change_24h:p1}% in one day.',
  ),
  t('translated', 'The realized volatility of 7 days for Bitcoin is rebounding to near {btc.volatility_7d:p0}.'),
  // comma decimals (European writers)
  t(
    'comma',
    'Bitcoin {dir:btc.change_24h:lost|won} {btc.change_24h:c1}% in 24 hours, AI tokens {dir:sector.ai.change_24h:lost|gained} {sector.ai.change_24h:c1}% today.',
  ),
  t(
    'comma',
    'The AI sector cap is ${sector.ai.market_cap:bc2} billion, after a {sector.ai.change_7d:c1}% weekly {dir:sector.ai.change_7d:loss|gain}.',
  ),
  t(
    'comma',
    'Ether {dir:eth.change_24h:lost|gained} {eth.change_24h:c1}% over the day; Solana {dir:sol.change_24h:lost|gained} {sol.change_24h:c1}%.',
  ),
  t('comma', 'Gaming tokens {dir:sector.gaming.change_24h:fell|rose} {sector.gaming.change_24h:c1}% on the day.'),
  // lists and tables
  t(
    'list',
    '- **Bitcoin**: ${btc.price:k1}K ({btc.change_24h:sp1}% 24h)\n- **Ether**: ${eth.price:d0} ({eth.change_24h:sp1}% 24h)\n- **Solana**: ${sol.price:d2} ({sol.change_24h:sp1}% 24h)',
  ),
  t(
    'list',
    '## Weekly sector moves\n\n- Layer 2: {sector.l2.change_7d:sp1}%\n- Gaming: {sector.gaming.change_7d:sp1}%\n- DePIN: {sector.depin.change_7d:sp1}%\n- AI: {sector.ai.change_7d:sp1}%\n- Layer 1: {sector.l1.change_7d:sp1}%',
  ),
  t(
    'list',
    '1. AI tokens {sector.ai.change_24h:sp1}% on the day\n2. Memecoins {sector.memes.change_24h:sp1}% on the day\n3. Layer 1 {sector.l1.change_24h:sp1}% on the day',
  ),
  t(
    'list',
    '* BTC funding: {btc.funding_rate:p4}% per 8h\n* ETH funding: {eth.funding_rate:p4}% per 8h\n* DOGE funding: {doge.funding_rate:sp4}% per 8h',
  ),
  // headlines
  t(
    'headline',
    '# AI Tokens {dir:sector.ai.change_24h:Drop|Jump} {sector.ai.change_24h:p1}% as Bitcoin Slips Below ${btc.price:ceilk}K',
  ),
  t('headline', '## Layer-2s {dir:sector.l2.change_7d:Sink|Soar} {sector.l2.change_7d:p0}% on the Week'),
  // pronouns and follow-ups
  t(
    'follow-up',
    'Bitcoin led the large caps lower. It {dir:btc.change_24h:lost|gained} {btc.change_24h:p1}% on the day and now sits at ${btc.price:d0}.',
  ),
  t(
    'follow-up',
    'We looked at Ether next. The token trades at ${eth.price:d0} after {dir:eth.change_7d:falling|rising} {eth.change_7d:p1}% over the week.',
  ),
  t(
    'follow-up',
    'Dogecoin perps are in focus: their funding rate is {doge.funding_rate:sp4}% per eight hours, and open interest {dir:doge.oi_change_24h:fell|rose} {doge.oi_change_24h:p1}% in 24 hours.',
  ),
  // basis points, multiples, ranges
  t('units', 'Bitcoin funding printed {btc.funding_rate:bp1} bps per eight hours.'),
  t('units', 'BTC volume ran at {btc.volume_ratio_7d:r2}x its 7-day average.'),
  t('units', 'Ether traded at ${eth.price:d0}; its 24h range ran ${eth.low_24h:d0}–${eth.high_24h:d0}.'),
  t('units', 'The memecoin sector market cap is ${sector.memes.market_cap:m0} million.'),
  t('units', 'Ether ranged ${eth.low_24h:d0}-${eth.high_24h:d0} over the past 24 hours.'),
  // qualitative claims a fact decides (the word itself is checked)
  t('qualitative', 'Funding on DOGE perpetuals turned {dir:doge.funding_rate:negative|positive} this week.'),
  t('qualitative', 'Bitcoin funding stayed {dir:btc.funding_rate:negative|positive} through the session.'),
  t(
    'qualitative',
    'Across the perp venues we track, funding is {dir:market.funding_avg:negative|positive} on average.',
  ),
  t('qualitative', 'The AI sector led {alt:losses|gains} over 24 hours.'),
  t('qualitative', 'HNT led {alt:gains|losses} across the watchlist on the day.'),
  // who pays funding: longs pay shorts when funding is positive, shorts pay longs when it is negative
  t(
    'qualitative',
    'Bitcoin perpetual funding is {btc.funding_rate:p4}% per 8h, so {dir:btc.funding_rate:shorts are paying longs|longs are paying shorts}.',
  ),
  t('qualitative', 'On Dogecoin perps, {dir:doge.funding_rate:shorts pay longs|longs pay shorts} for now.'),
  t(
    'qualitative',
    'Across venues, {dir:market.funding_avg:longs collect funding from shorts|shorts collect funding from longs}.',
  ),
  // price vs a named level: the relation word is checked against the price fact
  t('wordy', 'Bitcoin trades {alt:below|above} its 30-day swing low of ${btc.swing_low_30d:k1}K.'),
  t('wordy', 'Bitcoin remains {alt:below|above} its 30-day swing high of ${btc.swing_high_30d:k1}K.'),
  t('wordy', 'Ether holds {alt:above|below} its 30-day swing low of ${eth.swing_low_30d:d0}.'),
  t(
    'terse',
    'BTC {alt:above|below} the ${btc.support:d0} support, {alt:under|over} the ${btc.resistance:d0} resistance.',
  ),
  // member superlatives against the sector's best / worst member
  t(
    'qualitative',
    'The Graph (GRT) fell {grt.change_24h:p1}% over 24h, the {alt:smallest|steepest} drop among the AI tokens.',
  ),
  t('qualitative', 'Among AI tokens, RENDER posted the {alt:biggest|smallest} loss over the week.'),
  t('qualitative', 'VIRTUAL was the {alt:worst|best} performer among AI tokens on the day.'),
  t('qualitative', 'Among memecoins, SHIB {alt:held up best|led losses} on the day.'),
];

/** Longer human-written passages: several sentences, pronouns, tables, numbers that look wrong but are right. */
export const passages: Template[] = [
  t(
    'paragraph',
    'Bitcoin opened the day under pressure. By the European morning it had {dir:btc.change_24h:shed|added} {btc.change_24h:p1}% over 24 hours, and it was last seen at ${btc.price:k1}K. Ether fared worse, {dir:eth.change_24h:down|up} {eth.change_24h:p1}% on the day at ${eth.price:d0}.',
  ),
  t(
    'paragraph',
    'It was another rough session for AI names. The sector {dir:sector.ai.change_24h:gave up|tacked on} {sector.ai.change_24h:p1}% over 24 hours, and its worst member, VIRTUAL, {dir:virtual.change_24h:dropped|rose} {virtual.change_24h:p1}%. Over the week the group is {dir:sector.ai.change_7d:down|up} {sector.ai.change_7d:p1}%.',
  ),
  t(
    'table',
    '| Sector | 24h | 7d |\n|---|---|---|\n| AI | {sector.ai.change_24h:sp1}% | {sector.ai.change_7d:sp1}% |\n| Layer 2 | {sector.l2.change_24h:sp1}% | {sector.l2.change_7d:sp1}% |\n| Memes | {sector.memes.change_24h:sp1}% | {sector.memes.change_7d:sp1}% |',
  ),
  t(
    'table',
    '| Asset | Price | 24h change |\n|:--|--:|--:|\n| BTC | ${btc.price:d0} | {btc.change_24h:sp1}% |\n| ETH | ${eth.price:d2} | {eth.change_24h:sp1}% |\n| SOL | ${sol.price:d2} | {sol.change_24h:sp1}% |',
  ),
  t(
    'looks-wrong',
    'Bitcoin is still a whisker {alt:below|above} ${btc.price:ceilk},000 even after the bounce attempts.',
  ),
  t(
    'looks-wrong',
    'The AI sector lost about {sector.ai.change_24h:p0} percent on the day, call it {sector.ai.change_24h:p1}%.',
  ),
  t(
    'looks-wrong',
    'In bitcoin terms the market is worth ${market.total_cap:t2}tn, which is {dir:market.cap_change_24h:down|up} {market.cap_change_24h:p2}% in a day.',
  ),
  t('looks-wrong', 'Funding across venues averages {market.funding_avg:bp1} basis points per eight hours.'),
  t(
    'translated',
    'The Bitcoin is trading on level of ${btc.price:k1}K after the {dir:btc.change_24h:decline|growth} of {btc.change_24h:p1}% for 24 hours, the Ethereum is at ${eth.price:d0}.',
  ),
  t(
    'translated',
    'Memecoins sector, it {dir:sector.memes.change_24h:lost|won} {sector.memes.change_24h:p1}% today, the DOGE token is {dir:doge.change_24h:decreasing|increasing} {doge.change_24h:p1}%.',
  ),
  t(
    'wordy',
    'Arbitrum (ARB) {dir:arb.change_24h:slid|climbed} {arb.change_24h:p1}% over 24 hours to ${arb.price:d4}, while Starknet {dir:strk.change_24h:fell|rose} {strk.change_24h:p1}%.',
  ),
  t(
    'wordy',
    'Helium was the exception: HNT {dir:hnt.change_24h:fell|rose} {hnt.change_24h:p1}% on the day as the wider DePIN group {dir:sector.depin.change_24h:lost|gained} {sector.depin.change_24h:p1}%.',
  ),
  t('terse', 'WIF {wif.change_24h:sp1}% / PEPE {pepe.change_24h:sp1}% / SHIB {shib.change_24h:sp1}% (24h).'),
  t(
    'hedged',
    'Open interest on bitcoin perps is roughly ${btc.open_interest:b1} billion, {dir:btc.oi_change_24h:down|up} about {btc.oi_change_24h:p0}% on the day.',
  ),
];

/** More newsroom phrasings: subject after the number, epithets for assets, British spelling, unicode minus. */
export const phrasings: Template[] = [
  t('wordy', 'Down {btc.change_24h:p1}% on the day, Bitcoin changed hands at ${btc.price:k1}K.'),
  t('terse', 'Bitcoin: ${btc.price:d0} ({btc.change_24h:sp1}%, 24h).'),
  t('wordy', 'The largest cryptocurrency {dir:btc.change_24h:lost|gained} {btc.change_24h:p1}% in the last 24 hours.'),
  t('wordy', 'The second-largest cryptocurrency {dir:eth.change_7d:slid|climbed} {eth.change_7d:p1}% this week.'),
  t('wordy', 'AI-linked tokens have {dir:sector.ai.change_24h:shed|added} {sector.ai.change_24h:p1}% since yesterday.'),
  t('wordy', '{sector.ai.decliners_24h:i} out of {sector.ai.members:i} AI tokens ended lower over 24 hours.'),
  t('wordy', "Dogecoin's funding rate sits at {doge.funding_rate:sp4}% per 8h."),
  t(
    'wordy',
    'Bitcoin has retreated to ${btc.price:k1}K, a {btc.change_24h:p1}% {dir:btc.change_24h:decline|gain} from where it stood 24 hours ago.',
  ),
  t(
    'wordy',
    'With a {sector.l2.change_7d:p1}% {dir:sector.l2.change_7d:slide|rally} over seven days, Layer 2s are the weakest group this week.',
  ),
  t(
    'terse',
    'Total crypto market capitalisation: ${market.total_cap:t2}tn ({dir:market.cap_change_24h:−|+}{market.cap_change_24h:p1}%, 24h).',
  ),
  t('wordy', 'Bitcoin dominance ticked to {market.btc_dominance:p1}%.'),
  t('wordy', "Ether's 7-day realized volatility is running near {eth.volatility_7d:p0}%."),
  t(
    'wordy',
    'BTC perpetual open interest stands at ${btc.open_interest:b1}bn after a {btc.oi_change_24h:p1}% {dir:btc.oi_change_24h:drop|rise} in 24h.',
  ),
  t(
    'wordy',
    'The memecoin complex {dir:sector.memes.change_24h:fell|rose} {sector.memes.change_24h:p1}% on the day; DOGE alone {dir:doge.change_24h:lost|gained} {doge.change_24h:p1}%.',
  ),
  t('hedged', 'Solana is off roughly {sol.change_7d:p0}% for the week and trades near ${sol.price:d0}.'),
  t(
    'translated',
    'According to the data, the price of Ethereum is ${eth.price:d0}, the change in 24 hours is {eth.change_24h:sp2}%.',
  ),
];

/** A whole human-written brief (Markdown, several sections, pronouns, sources), every figure a placeholder. */
export const briefs: Template[] = [
  t(
    'brief',
    `# Friday brief: AI names bleed again, bitcoin loses \${btc.price:ceilk}K

Another red morning. Bitcoin {dir:btc.change_24h:slipped|climbed} {btc.change_24h:p1}% in the past 24 hours and was changing hands around \${btc.price:k1}K, after touching a 24h high of about \${btc.high_24h:k1}K. Ether did worse: ETH is {dir:eth.change_24h:down|up} {eth.change_24h:p1}% on the day at roughly \${eth.price:d0}.

The damage was concentrated in AI tokens. The sector {dir:sector.ai.change_24h:gave up|tacked on} {sector.ai.change_24h:p1}% overnight and is {sector.ai.change_7d:p1}% {dir:sector.ai.change_7d:lower|higher} than a week ago; Virtuals Protocol (VIRTUAL) was the weakest name, off {virtual.change_24h:p1}%. Only {market.advancers_24h:i} of the {market.members:i} assets on our watchlist with data finished the day higher.

Total crypto market value sits at \${market.total_cap:t2} trillion ({market.cap_change_24h:sp1}% d/d), and bitcoin's share of it is {market.btc_dominance:p1}%.

## Leverage

Funding is still {dir:market.funding_avg:negative|positive} at about {market.funding_avg:p4}% per eight hours on an OI-weighted basis, but open interest keeps bleeding: the perp complex {dir:market.oi_change_24h:shed|added} {market.oi_change_24h:p1}% in a day and {market.oi_change_7d:p1}% over the week, to roughly \${market.open_interest:b1}bn.

## Levels

For BTC, \${btc.support:d0} is the obvious floor; first resistance is \${btc.resistance:d0}, and the 30-day swing high sits up at \${btc.swing_high_30d:k1}K.

Spot ETF outflows reached $420 million on Thursday, according to CoinDesk. Not investment advice.`,
  ),
  t(
    'brief',
    `## Daily snapshot

BTC {btc.change_24h:sp1}% | ETH {eth.change_24h:sp1}% | SOL {sol.change_24h:sp1}% | XRP {xrp.change_24h:sp1}%

The market is in risk-off mode: AI tokens ({sector.ai.change_24h:sp1}%) were hit hardest, memecoins {dir:sector.memes.change_24h:lost|gained} {sector.memes.change_24h:p1}%, and L1s {dir:sector.l1.change_24h:fell|rose} {sector.l1.change_24h:p1}% on the day. Bitcoin trades at \${btc.price:d0}, below resistance at \${btc.resistance:k0}K and above support at \${btc.support:k0}K. Its 24h range: \${btc.low_24h:d0}–\${btc.high_24h:d0}. Volume is roughly in line with the weekly average ({btc.volume_ratio_7d:r2}x). Bitcoin funding: {btc.funding_rate:p4}% per 8h (about {btc.funding_apr:p1}% annualized). BTC OI {dir:btc.oi_change_24h:fell|rose} {btc.oi_change_24h:p1}% to \${btc.open_interest:b1}B.

Dogecoin's funding rate turned {dir:doge.funding_rate:negative|positive} ({doge.funding_rate:sp4}%), the only major perp with that sign.`,
  ),
];
