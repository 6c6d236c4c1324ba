// What a run's data lacks, as reasons an editor can read: a degraded run is never verified-and-published.
import type { FactsSheet } from '../domain/fact.ts';
import type { Registry } from '../domain/registry.ts';

const list = (names: string[]) => (names.length > 6 ? `${names.slice(0, 6).join(', ')}, …` : names.join(', '));

/**
 * Reasons the run stands on less than the full data (empty when complete), each one line:
 * exchanges down or missing prices, missing perps, CoinGecko down (no caps: equal-weighted sectors), a sector under
 * the minimum coverage (no sector facts) or partial (`5 of 7 members`), every news source failed. Pure: reads the
 * facts sheet (its facts and source statuses) against the registry. See docs/metrics.md (Coverage).
 */
export function findDegradations(input: { sheet: FactsSheet; registry: Registry }): string[] {
  const { sheet, registry } = input;
  const has = new Set(sheet.facts.map((fact) => fact.id));
  const reasons: string[] = [];

  const unpriced = registry.assets.filter((asset) => !has.has(`${asset.id}.price`)).map((asset) => asset.symbol);
  if (unpriced.length === registry.assets.length) reasons.push('exchanges down: no price for any watchlist asset');
  else if (unpriced.length)
    reasons.push(`no exchange price for ${unpriced.length} of ${registry.assets.length} assets: ${list(unpriced)}`);
  const perps = registry.assets.filter((asset) => asset.perp);
  const noPerp = perps.filter((asset) => !has.has(`${asset.id}.funding_rate`)).map((asset) => asset.symbol);
  if (noPerp.length)
    reasons.push(`no funding or open interest for ${noPerp.length} of ${perps.length} perps: ${list(noPerp)}`);

  const gecko = sheet.sources.filter((source) => source.kind === 'coingecko' && source.status === 'failed');
  if (gecko.length)
    reasons.push(
      `CoinGecko unavailable (${gecko.map((s) => `${s.id} ${s.reason ?? 'failed'}`).join(', ')}): no market caps, sector moves equal-weighted`,
    );

  for (const sector of registry.sectors) {
    if (!has.has(`sector.${sector.id}.change_24h`)) {
      reasons.push(`${sector.name} sector: under the minimum coverage (2/3 of its members) over 24h, no sector facts`);
      continue;
    }
    const partial = sheet.facts.filter((fact) => fact.entity.id === sector.id && fact.basis?.includes(' of '));
    for (const fact of partial) reasons.push(`${sector.name} sector ${fact.window ?? ''} change: ${fact.basis}`);
  }

  const news = sheet.sources.filter((source) => source.kind === 'feed' || source.kind === 'page');
  if (news.length && news.every((source) => source.status === 'failed'))
    reasons.push('no headlines: every news source failed');
  return reasons;
}
