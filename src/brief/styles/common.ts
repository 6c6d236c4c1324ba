/**
 * Sentence builders shared by the template styles (pure). Each names the entity, the metric and the
 * window in the same sentence as the number, so the fact-checker can tie the number to its fact.
 */
import type { HeadlineCluster } from '../../domain/headline.ts';
import type { Window } from '../../domain/units.ts';
import { escapeInline, type DraftSentence } from '../draft.ts';
import type { FactLookup } from '../fact-lookup.ts';
import { moved } from '../fact-lookup.ts';
import { formatFundingRate, formatPct, formatUsd } from '../format.ts';

/** `over 24h`, `over 7 days`, `over 30 days`. */
export function overWindow(window: Window): string {
  return window === '24h' ? 'over 24h' : `over ${window === '7d' ? 7 : 30} days`;
}

/** `Bitcoin (BTC) fell 2.1% over 24h to $103.8K.` (price only when `withPrice` and present). */
export function assetMove(
  lookup: FactLookup,
  id: string,
  window: Window,
  options: { withPrice?: boolean; symbol?: boolean } = {},
): DraftSentence | null {
  const name = options.symbol === false ? lookup.assetName(id) : `${lookup.assetName(id)} (${lookup.assetSymbol(id)})`;
  const change = lookup.get(`${id}.change_${window}`);
  if (!change) return null;
  const price = options.withPrice ? lookup.get(`${id}.price`) : undefined;
  const to = price ? ` to ${formatUsd(price.value)}` : '';
  return {
    text: `${name} ${moved(change.value)} ${formatPct(change.value, { absolute: true })} ${overWindow(window)}${to}.`,
    factIds: price ? [change.id, price.id] : [change.id],
  };
}

/**
 * `AI tokens fell 6.1% over 24h.`; a move that stands on less than the full sector says so after the window:
 * `L1s fell 1.7% over 24h (equal-weighted, 5 of 7 members), ...`.
 */
export function sectorMove(lookup: FactLookup, sectorId: string, window: Window, tail = '.'): DraftSentence | null {
  return lookup.say(
    [`sector.${sectorId}.change_${window}`],
    (change) =>
      `${lookup.sectorName(sectorId)} ${moved(change.value)} ${formatPct(change.value, { absolute: true })} ${overWindow(window)}${change.basis ? ` (${change.basis})` : ''}${tail}`,
  );
}

/** `6 of 8 AI tokens fell over 24h.` (the checker reads `N of M` as decliners of members) */
export function sectorBreadth(lookup: FactLookup, sectorId: string, window: '24h' | '7d'): DraftSentence | null {
  return lookup.say(
    [`sector.${sectorId}.decliners_${window}`, `sector.${sectorId}.members`],
    (decliners, members) =>
      `${decliners.value} of ${members.value} ${lookup.sectorName(sectorId)} fell ${overWindow(window)}.`,
  );
}

/** Funding sentence: who pays whom follows the sign. */
export function fundingSentence(lookup: FactLookup, factId: string, subject: string): DraftSentence | null {
  return lookup.say([factId], (funding) => {
    const payer =
      funding.value > 0
        ? 'longs are paying shorts'
        : funding.value < 0
          ? 'shorts are paying longs'
          : 'neither side is paying';
    return `${subject} is ${formatFundingRate(funding.value)}, so ${payer}.`;
  });
}

/** `Total perp open interest fell 4.2% over 24h to $62.1 billion.` */
export function openInterestMove(
  lookup: FactLookup,
  prefix: string,
  subject: string,
  window: '24h' | '7d',
): DraftSentence | null {
  const change = lookup.get(`${prefix}.oi_change_${window}`);
  if (!change) return null;
  const level = lookup.get(`${prefix}.open_interest`);
  return {
    text: `${subject} ${moved(change.value)} ${formatPct(change.value, { absolute: true })} ${overWindow(window)}${level ? ` to ${formatUsd(level.value)}` : ''}.`,
    factIds: level ? [change.id, level.id] : [change.id],
  };
}

/**
 * `Virtuals Protocol (VIRTUAL) fell 8.8% over 24h, the steepest drop among the AI tokens.` from a sector's
 * best/worst fact: the member is named right before its number so the checker ties it to the member, and
 * the role follows the sign (a best member that fell had "the smallest drop").
 */
export function memberMove(lookup: FactLookup, factId: string, role: 'best' | 'worst'): DraftSentence | null {
  const [, sectorId = '', key = ''] = factId.split('.');
  const window = key.endsWith('_7d') ? '7d' : key.endsWith('_30d') ? '30d' : '24h';
  return lookup.say([factId], (fact) => {
    const member = fact.related ?? '';
    const down = fact.value < 0;
    const phrase =
      role === 'worst'
        ? down
          ? 'the steepest drop'
          : 'the smallest gain'
        : down
          ? 'the smallest drop'
          : 'the biggest gain';
    return `${lookup.assetName(member)} (${lookup.assetSymbol(member)}) ${moved(fact.value)} ${formatPct(fact.value, { absolute: true })} ${overWindow(window)}, ${phrase} among the ${lookup.sectorName(sectorId)}.`;
  });
}

/** Swing level sentence; when price has already crossed the level, says so (`trades under its 30-day swing low of $104.6K`). */
export function swingSentence(lookup: FactLookup, side: 'high' | 'low', assetId = 'btc'): DraftSentence | null {
  const level = lookup.get(`${assetId}.swing_${side}_30d`);
  if (!level) return null;
  const price = lookup.get(`${assetId}.price`);
  const name = lookup.assetName(assetId);
  const crossed = price && (side === 'low' ? price.value < level.value : price.value > level.value);
  return crossed
    ? {
        text: `${name} trades ${side === 'low' ? 'under' : 'above'} its 30-day swing ${side} of ${formatUsd(level.value)}.`,
        factIds: [level.id, price.id],
      }
    : { text: `${name}'s 30-day swing ${side} is ${formatUsd(level.value)}.`, factIds: [level.id] };
}

/** `Bitcoin's 7-day realized volatility is 30.5%.` (annualized; no "annualized" next to the number: it reads as funding APR). */
export function volatilitySentence(lookup: FactLookup, window: '7d' | '30d', assetId = 'btc'): DraftSentence | null {
  return lookup.say(
    [`${assetId}.volatility_${window}`],
    (vol) =>
      `${lookup.assetName(assetId)}'s ${window === '7d' ? 7 : 30}-day realized volatility is ${formatPct(vol.value)}.`,
  );
}

/**
 * The perp market's structure (daily snapshot and weekly update): open-interest weighted funding, total open interest
 * over `window`, and Bitcoin's 7- and 30-day realized volatility; a sentence whose facts are missing is null.
 */
export function marketStructureSentences(lookup: FactLookup, window: '24h' | '7d'): (DraftSentence | null)[] {
  return [
    fundingSentence(lookup, 'market.funding_avg', 'Open-interest weighted funding across the perp market'),
    openInterestMove(lookup, 'market', 'Total perp open interest', window),
    volatilitySentence(lookup, '7d'),
    volatilitySentence(lookup, '30d'),
  ];
}

/**
 * Top headline clusters (by score) for a sector or overall, as quoted titles with their outlets. Titles
 * containing digits are left out (a template brief states numbers only from facts; a headline's numbers
 * are not facts), and so are links: URLs carry dates and ids the checker would have to skip.
 */
export function headlineSentences(
  clusters: HeadlineCluster[],
  options: { sectorId?: string; limit: number },
): DraftSentence[] {
  return clusters
    .filter((cluster) => !options.sectorId || cluster.sectors.includes(options.sectorId))
    .filter((cluster) => !/\d/.test(cluster.title))
    .sort((a, b) => b.score - a.score)
    .slice(0, options.limit)
    .map((cluster) => {
      const outlets = cluster.headlines
        .map((headline) => headline.sourceName)
        .filter((name, i, all) => !/\d/.test(name) && all.indexOf(name) === i);
      const via = outlets.length ? ` (${escapeInline(outlets.slice(0, 3).join(', '))})` : '';
      return { text: `"${escapeInline(cluster.title)}"${via}`, factIds: [] };
    });
}
