/**
 * Template style `daily-snapshot` (pure): a dated headline naming the two biggest 24h moves, then market
 * snapshot, sector spotlight, Bitcoin key levels, why it matters, short-term outlook and bottom line.
 */
import type { Fact } from '../../domain/fact.ts';
import type { DraftSentence, RichDraft } from '../draft.ts';
import { moved, present, type FactLookup } from '../fact-lookup.ts';
import { formatCount, formatDate, formatPct, formatRatio, formatUsd } from '../format.ts';
import {
  assetMove,
  fundingSentence,
  headlineSentences,
  marketStructureSentences,
  memberMove,
  openInterestMove,
  sectorBreadth,
  sectorMove,
  swingSentence,
} from './common.ts';

/** Appends a clause before the final period. */
const withTail = (sentence: DraftSentence | null, tail: string): DraftSentence | null =>
  sentence ? { ...sentence, text: `${sentence.text.replace(/\.$/, '')}${tail}.` } : null;

type Move = { kind: 'sector' | 'asset'; id: string; change: Fact };

/** The two largest absolute 24h moves among sectors and the two majors (BTC, ETH). */
export function pickTopMoves(lookup: FactLookup): Move[] {
  const sectors = lookup.rankSectors('change_24h').map(({ id, fact }): Move => ({ kind: 'sector', id, change: fact }));
  const majors = lookup
    .rankAssets('change_24h', ['btc', 'eth'])
    .map(({ id, fact }): Move => ({ kind: 'asset', id, change: fact }));
  return [...sectors, ...majors].sort((a, b) => Math.abs(b.change.value) - Math.abs(a.change.value)).slice(0, 2);
}

function titleMove(lookup: FactLookup, move: Move): string {
  const pct = formatPct(move.change.value, { absolute: true });
  if (move.kind === 'sector')
    return `${lookup.sectorName(move.id)} ${moved(move.change.value, { up: 'jump', down: 'drop', flat: 'hold' })} ${pct}`;
  const price = lookup.get(`${move.id}.price`);
  return `${lookup.assetName(move.id)} ${moved(move.change.value, { up: 'climbs', down: 'slips', flat: 'holds' })} ${pct}${price ? ` to ${formatUsd(price.value)}` : ''}`;
}

export function buildDailySnapshotDraft(lookup: FactLookup): RichDraft {
  const { sheet } = lookup;
  const date = formatDate(sheet.editionDate);
  const moves = pickTopMoves(lookup);
  const title = moves.length
    ? `Crypto market: ${moves.map((move) => titleMove(lookup, move)).join(' as ')} in 24h — ${date}`
    : `Crypto market snapshot — ${date}`;
  const dek =
    lookup.say(
      ['market.decliners_24h', 'market.advancers_24h'],
      (down, up) =>
        `Across the watchlist, ${formatCount(down.value)} assets fell and ${formatCount(up.value)} assets rose over 24h.`,
    )?.text ?? '';

  const spotlight = lookup.rankSectors('change_24h').sort((a, b) => Math.abs(b.fact.value) - Math.abs(a.fact.value))[0];
  const s = spotlight?.id;
  // The biggest single-asset move outside the spotlight sector (its members are covered there).
  const spotMembers = new Set(lookup.sectors().find((sector) => sector.id === s)?.members ?? []);
  const mover = lookup
    .rankAssets('change_24h')
    .filter(({ id }) => id !== 'btc' && id !== 'eth' && !spotMembers.has(id))
    .sort((a, b) => Math.abs(b.fact.value) - Math.abs(a.fact.value))[0];
  const volume = lookup.get('btc.volume_ratio_7d');
  const tone = volume ? (volume.value < 0.9 ? 'muted' : volume.value > 1.2 ? 'elevated' : 'about normal') : '';
  const funding = lookup.get('market.funding_avg');
  const sectorChange = spotlight?.fact.value ?? 0;

  const sections: RichDraft['sections'] = [
    {
      heading: `Market snapshot — ${date}`,
      sentences: present([
        lookup.say(
          ['market.total_cap', 'market.cap_change_24h'],
          (cap, change) =>
            `The total crypto market cap stands at ${formatUsd(cap.value)}, ${moved(change.value, { up: 'up', down: 'down', flat: 'flat' })} ${formatPct(change.value, { absolute: true })} over 24h.`,
        ) ??
          lookup.say(['market.total_cap'], (cap) => `The total crypto market cap stands at ${formatUsd(cap.value)}.`),
        assetMove(lookup, 'btc', '24h', { withPrice: true }),
        assetMove(lookup, 'eth', '24h', { withPrice: true }),
        mover
          ? withTail(
              assetMove(lookup, mover.id, '24h', { withPrice: true }),
              s ? `, the biggest move outside ${lookup.sectorName(s)}` : ', the biggest single-asset move',
            )
          : null,
        volume
          ? {
              text: `Bitcoin volume looks ${tone}: its 24h volume is ${formatRatio(volume.value)} its 7-day average.`,
              factIds: [volume.id],
            }
          : null,
        lookup.say(
          ['market.btc_dominance'],
          (dominance) => `Bitcoin dominance stands at ${formatPct(dominance.value)}.`,
        ),
      ]),
    },
    {
      heading: s ? `Sector spotlight: ${lookup.sectorName(s)}` : 'Sector spotlight',
      sentences: s
        ? present([
            sectorMove(lookup, s, '24h', ', the largest sector move of the day.'),
            sectorMove(lookup, s, '7d'),
            sectorBreadth(lookup, s, '24h'),
            memberMove(lookup, `sector.${s}.worst_24h`, 'worst'),
            memberMove(lookup, `sector.${s}.best_24h`, 'best'),
            ...headlineSentences(sheet.clusters, { sectorId: s, limit: 2 }).map((h) => ({
              ...h,
              text: `In the news: ${h.text}.`,
            })),
          ])
        : [],
    },
    {
      heading: 'Bitcoin: key levels to watch',
      sentences: present([
        lookup.say(['btc.support'], (level) => `Bitcoin's nearest support is the ${formatUsd(level.value)} level.`),
        lookup.say(
          ['btc.resistance'],
          (level) => `Bitcoin's nearest resistance is the ${formatUsd(level.value)} level.`,
        ),
        swingSentence(lookup, 'high'),
        swingSentence(lookup, 'low'),
        fundingSentence(lookup, 'btc.funding_rate', 'Bitcoin perpetual funding'),
        openInterestMove(lookup, 'btc', 'Bitcoin open interest', '24h'),
      ]),
    },
    {
      heading: 'Why it matters',
      sentences: present([
        ...marketStructureSentences(lookup, '24h'),
        s && funding
          ? {
              text:
                funding.value > 0 && sectorChange < 0
                  ? 'A sector-led drop while leverage still leans long leaves room for forced selling if prices keep sliding.'
                  : funding.value < 0 && sectorChange > 0
                    ? 'A rally while funding is negative leaves short positions exposed if prices keep rising.'
                    : 'Leverage and price are moving in step, so the move reflects positioning more than panic.',
              factIds: [],
            }
          : null,
      ]),
    },
    {
      heading: 'Short-term outlook',
      sentences: present([
        lookup.say(
          ['btc.support', 'btc.resistance'],
          (support, resistance) =>
            `The levels that frame Bitcoin's next move are support at ${formatUsd(support.value)} and resistance at ${formatUsd(resistance.value)}.`,
        ),
        s
          ? {
              text: `Whether ${lookup.sectorName(s)} stabilize or keep moving will show if today's rotation spreads to the wider market.`,
              factIds: [],
            }
          : null,
        funding
          ? {
              text: 'Funding is the early signal: a sharp swing in either direction would point to leverage driving prices.',
              factIds: [],
            }
          : null,
      ]),
    },
    {
      heading: 'Bottom line',
      sentences: present([
        s ? sectorMove(lookup, s, '24h', `, and that sector set the tone for the day.`) : null,
        lookup.say(
          ['btc.price'],
          (price) => `Bitcoin ends the snapshot near ${formatUsd(price.value)}, with its key levels in view.`,
        ),
      ]),
    },
  ];
  return { title, dek, sections };
}
