/**
 * Template style `sector-recap` (pure): the sector that moved most over 30 days (the worst, or the best when
 * none fell): start and end market cap, % and absolute change, per-window breakdown, top members, breadth.
 */
import type { RichDraft } from '../draft.ts';
import { moved, present, type FactLookup } from '../fact-lookup.ts';
import { formatPct, formatUsd } from '../format.ts';
import { assetMove, headlineSentences, memberMove, sectorBreadth } from './common.ts';

/** The worst sector over 30 days, or the best when every sector rose; undefined without 30d facts. */
export function pickRecapSector(lookup: FactLookup): string | undefined {
  const ranked = lookup.rankSectors('change_30d');
  const worst = ranked[0];
  if (!worst) return undefined;
  return worst.fact.value < 0 ? worst.id : ranked.at(-1)?.id;
}

export function buildSectorRecapDraft(lookup: FactLookup, options: { topMembers?: number } = {}): RichDraft {
  const s = pickRecapSector(lookup);
  if (!s) return { title: 'Sector recap: no 30-day sector data', dek: '', sections: [] };
  const name = lookup.sectorName(s);
  const id = (suffix: string) => `sector.${s}.${suffix}`;
  const change30 = lookup.get(id('change_30d'))!;
  const lost = change30.value < 0;
  const capChange = lookup.get(id('market_cap_change_30d'));
  const title =
    `${name} ${lost ? 'lose' : 'gain'} ${formatPct(change30.value, { absolute: true })} over 30 days` +
    (capChange
      ? `, ${capChange.value < 0 ? 'erasing' : 'adding'} ${formatUsd(Math.abs(capChange.value))} of market cap`
      : '');
  const dek =
    lookup.say(
      [id('change_7d')],
      (week) =>
        `${name} ${moved(week.value)} ${formatPct(week.value, { absolute: true })} over 7 days, ${Math.sign(week.value) === Math.sign(change30.value) ? 'extending' : 'interrupting'} the ${lost ? 'slide' : 'climb'}.`,
    )?.text ?? '';

  const sector = lookup.sectors().find((candidate) => candidate.id === s);
  const members = sector?.members ?? [];
  const byCap = lookup.rankAssets('market_cap', members).reverse();
  const top = (byCap.length ? byCap.map((entry) => entry.id) : members).slice(0, options.topMembers ?? 5);

  return {
    title,
    dek,
    sections: [
      {
        heading: 'The month in numbers',
        sentences: present([
          lookup.say(
            [id('market_cap_start_30d'), id('market_cap')],
            (start, end) =>
              `The combined market cap of ${name} ${end.value < start.value ? 'fell' : 'rose'} from ${formatUsd(start.value)} to ${formatUsd(end.value)} over 30 days.`,
          ) ??
            lookup.say([id('market_cap')], (end) => `The combined market cap of ${name} is ${formatUsd(end.value)}.`),
          lookup.say(
            [id('change_30d'), id('market_cap_change_30d')],
            (change, cap) =>
              `Over 30 days, ${name} ${moved(change.value)} ${formatPct(change.value, { absolute: true })}, a market-cap ${cap.value < 0 ? 'loss' : 'gain'} of ${formatUsd(Math.abs(cap.value))}.`,
          ) ??
            lookup.say(
              [id('change_30d')],
              (change) =>
                `Over 30 days, ${name} ${moved(change.value)} ${formatPct(change.value, { absolute: true })}.`,
            ),
          lookup.say(
            [id('category_cap')],
            (cap) =>
              `CoinGecko's wider category for ${name}, which covers more coins than this watchlist, is valued at ${formatUsd(cap.value)}.`,
          ),
        ]),
      },
      {
        heading: 'Breakdown by window',
        sentences: present([
          lookup.say(
            [id('change_7d'), id('market_cap_change_7d')],
            (change, cap) =>
              `Over 7 days, ${name} ${moved(change.value)} ${formatPct(change.value, { absolute: true })}, a market-cap ${cap.value < 0 ? 'loss' : 'gain'} of ${formatUsd(Math.abs(cap.value))}.`,
          ) ??
            lookup.say(
              [id('change_7d')],
              (change) => `Over 7 days, ${name} ${moved(change.value)} ${formatPct(change.value, { absolute: true })}.`,
            ),
          lookup.say(
            [id('change_24h')],
            (change) => `Over 24h, ${name} ${moved(change.value)} ${formatPct(change.value, { absolute: true })}.`,
          ),
          {
            text:
              lookup.get(id('change_7d')) && Math.sign(lookup.get(id('change_7d'))!.value) === Math.sign(change30.value)
                ? 'The latest week moved in the same direction as the month, so the trend has not broken.'
                : 'The latest week ran against the monthly trend.',
            factIds: [],
          },
        ]),
      },
      {
        heading: `Top ${name} by market cap`,
        layout: 'bullets',
        sentences: present(top.map((member) => assetMove(lookup, member, '30d', { withPrice: true }))),
      },
      {
        heading: 'Breadth',
        sentences: present([
          sectorBreadth(lookup, s, '7d'),
          sectorBreadth(lookup, s, '24h'),
          memberMove(lookup, id('worst_7d'), 'worst'),
          memberMove(lookup, id('best_7d'), 'best'),
        ]),
      },
      {
        heading: 'In the headlines',
        layout: 'bullets',
        sentences: headlineSentences(lookup.sheet.clusters, { sectorId: s, limit: 3 }),
      },
    ],
  };
}
