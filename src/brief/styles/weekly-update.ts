/**
 * Template style `weekly-update` (pure): a desk note. Total market vs the nearest round trillion, crypto
 * market structure (funding sign, open interest over 7 days, BTC realized volatility), a sector table of
 * 7-day moves, and "our view" (an interpretation of the facts above, never a recommendation).
 */
import type { RichDraft } from '../draft.ts';
import { moved, present, type FactLookup } from '../fact-lookup.ts';
import { formatDate, formatPct, formatUsd } from '../format.ts';
import { assetMove, marketStructureSentences } from './common.ts';

/** The nearest whole trillion (at least 1) and whether the cap sits above or below it. */
export function roundTrillion(capUsd: number): { level: number; side: 'above' | 'below' } {
  const level = Math.max(1, Math.round(capUsd / 1e12)) * 1e12;
  return { level, side: capUsd >= level ? 'above' : 'below' };
}

function ourView(funding: number | undefined, oiChange: number | undefined, btcWeek: number | undefined): string[] {
  const view: string[] = [];
  if (funding !== undefined && oiChange !== undefined) {
    if (funding < 0 && oiChange < 0)
      view.push(
        'Leverage has been flushed out: with funding negative and open interest shrinking, there is less fuel left for forced selling.',
      );
    else if (funding > 0 && oiChange > 0)
      view.push(
        'Leverage is building again, with funding positive and open interest growing, which makes the market more sensitive to a sharp reversal.',
      );
    else if (funding > 0)
      view.push(
        'Funding remains positive even as open interest shrinks, so the longs that stayed are still paying to hold their positions.',
      );
    else
      view.push(
        'Shorts are paying to hold positions while open interest grows, a setup that can turn into a squeeze if prices firm.',
      );
  }
  if (btcWeek !== undefined)
    view.push(
      btcWeek < 0
        ? 'Until Bitcoin recovers its weekly losses, the broader market is likely to trade defensively.'
        : 'Bitcoin finished the week higher, which gives the rest of the market a steadier base.',
    );
  view.push('The coming week will show whether spot demand can carry prices without help from leverage.');
  return view;
}

export function buildWeeklyUpdateDraft(lookup: FactLookup): RichDraft {
  const date = formatDate(lookup.sheet.editionDate);
  const cap = lookup.get('market.total_cap');
  const round = cap ? roundTrillion(cap.value) : undefined;
  const funding = lookup.get('market.funding_avg');
  const fundingWord = funding
    ? funding.value < 0
      ? 'funding negative'
      : funding.value > 0
        ? 'funding positive'
        : 'funding flat'
    : '';
  const title =
    `Weekly market update — ${date}: ` +
    (cap && round ? `total crypto market cap ${round.side} ${formatUsd(round.level)}` : 'crypto market structure') +
    (fundingWord ? `, ${fundingWord}` : '');
  const sectors = lookup.rankSectors('change_7d');
  const worst = sectors[0];
  const best = sectors.at(-1);

  return {
    title,
    dek: 'A desk note on the market level, leverage and sector performance over the past week.',
    sections: [
      {
        heading: 'Market update',
        sentences: present([
          cap && round
            ? { text: `The total crypto market cap is ${round.side} ${formatUsd(round.level)}.`, factIds: [cap.id] }
            : null,
          lookup.say(
            ['market.total_cap', 'market.cap_change_24h'],
            (total, change) =>
              `${round ? 'It' : 'The total crypto market cap'} stands at ${formatUsd(total.value)}, ${moved(change.value, { up: 'up', down: 'down', flat: 'flat' })} ${formatPct(change.value, { absolute: true })} over 24h.`,
          ) ??
            lookup.say(
              ['market.total_cap'],
              (total) => `The total crypto market cap stands at ${formatUsd(total.value)}.`,
            ),
          assetMove(lookup, 'btc', '7d', { withPrice: true }),
          assetMove(lookup, 'eth', '7d', { withPrice: true }),
          lookup.say(
            ['market.decliners_24h', 'market.advancers_24h'],
            (down, up) => `Across the watchlist, ${down.value} assets fell and ${up.value} assets rose over 24h.`,
          ),
        ]),
      },
      {
        heading: 'Crypto market structure',
        sentences: present([
          ...marketStructureSentences(lookup, '7d'),
          lookup.say(['btc.volatility_7d', 'btc.volatility_30d'], (week, month) =>
            week.value > month.value
              ? 'Short-term volatility is running hotter than the monthly reading.'
              : 'Short-term volatility is calmer than the monthly reading.',
          ),
        ]),
      },
      {
        heading: 'Sector performance over the week',
        table: {
          columns: ['Sector', '7-day change'],
          rows: sectors.map(({ id, fact }) => ({
            cells: [lookup.sectorName(id), formatPct(fact.value, { signed: true })],
            factIds: [fact.id],
          })),
        },
        sentences: present([
          worst
            ? {
                text: `${lookup.sectorName(worst.id)} were the weakest sector, ${moved(worst.fact.value, { up: 'up', down: 'down' })} ${formatPct(worst.fact.value, { absolute: true })} over 7 days.`,
                factIds: [worst.fact.id],
              }
            : null,
          best && best !== worst
            ? {
                text: `${lookup.sectorName(best.id)} held up best, ${moved(best.fact.value, { up: 'up', down: 'down' })} ${formatPct(best.fact.value, { absolute: true })} over 7 days.`,
                factIds: [best.fact.id],
              }
            : null,
        ]),
      },
      {
        heading: 'Our view',
        sentences: ourView(
          funding?.value,
          lookup.get('market.oi_change_7d')?.value,
          lookup.get('btc.change_7d')?.value,
        ).map((text) => ({ text, factIds: [] })),
      },
    ],
  };
}
