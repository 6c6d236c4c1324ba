// The regex-per-form tagger that src/sources/tag-entities.ts replaced (one /iu regex with \p{L} lookbehind per
// surface form), kept as the reference the n-gram version is compared against.
import type { Registry } from '../../../src/domain/registry.ts';
import { AMBIGUOUS_FORMS } from '../../../src/sources/tag-entities.ts';

/** One place a text names a watchlist asset or sector; `start`/`end` are UTF-16 offsets (end exclusive). */
type EntityMention = { kind: 'asset' | 'sector'; id: string; start: number; end: number; surface: string };

const CUE_WINDOW = 4;
const CUES =
  /^(tokens?|coins?|price|prices|network|protocol|blockchain|chain|mainnet|testnet|ecosystem|foundation|labs|dao|staking|airdrops?|etfs?|holders|whales|crypto|cryptocurrency|altcoins?|defi|nfts?|memecoins?|rall(y|ies|ied)|rises?|rose|surges?|jumps?|soars?|drops?|falls?|slides?|slumps?|tumbles?|plunges?|gains?|climbs?|upgrade|listing|delisting|futures|perps?|l1|l2|layer-?[12]|rollups?|dapps?|validators?)$/i;

type Form = { kind: 'asset' | 'sector'; id: string; pattern: RegExp; ambiguous: boolean };

const formsCache = new WeakMap<Registry, Form[]>();

/**
 * Finds asset and sector mentions in `text` (pure). Rules:
 * - `$TICKER` (any case) always counts;
 * - all-caps forms (tickers `ETH`, aliases `XBT`, `L2`) match case-sensitively, so "Eth" or "op" never do;
 * - other names/aliases (`Bitcoin`, `Shiba Inu`, `memecoins`) match case-insensitively;
 * - every match needs word boundaries (letters/digits on neither side);
 * - AMBIGUOUS_FORMS need a cue (see above);
 * - overlapping matches keep the longest (`Immutable X` over `Immutable`, `AI tokens` over `AI`).
 * Sector mentions are explicit sector words only; naming an asset does not imply its sector.
 * Returned in text order.
 */
export function findEntityMentionsByRegex(text: string, registry: Registry): EntityMention[] {
  const words = [...text.matchAll(/[\p{L}\p{N}$][\p{L}\p{N}'’.-]*/gu)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    word: m[0].replace(/[.’'-]+$/, ''),
  }));
  const candidates: (EntityMention & { ambiguous: boolean })[] = [];
  for (const form of buildForms(registry)) {
    for (const match of text.matchAll(form.pattern)) {
      const start = match.index;
      const surface = match[0];
      candidates.push({
        kind: form.kind,
        id: form.id,
        start,
        end: start + surface.length,
        surface,
        ambiguous: form.ambiguous && !surface.startsWith('$'),
      });
    }
  }
  candidates.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const kept: typeof candidates = [];
  for (const candidate of candidates) {
    const overlap = kept.find((k) => candidate.start < k.end && k.start < candidate.end);
    if (!overlap) kept.push(candidate);
  }
  const sure = new Set(kept.filter((m) => !m.ambiguous).map((m) => `${m.kind}:${m.id}`));
  return kept
    .filter((m) => !m.ambiguous || sure.has(`${m.kind}:${m.id}`) || hasCue(words, m.start, m.end))
    .map(({ ambiguous: _ambiguous, ...mention }) => mention);
}

function hasCue(words: { start: number; end: number; word: string }[], start: number, end: number): boolean {
  const first = words.findIndex((w) => w.end > start);
  if (first === -1) return false;
  let last = first;
  while (last + 1 < words.length && words[last + 1]!.start < end) last++;
  const around = [
    ...words.slice(Math.max(0, first - CUE_WINDOW), first),
    ...words.slice(last + 1, last + 1 + CUE_WINDOW),
  ];
  return around.some((w) => CUES.test(w.word));
}

function buildForms(registry: Registry): Form[] {
  const cached = formsCache.get(registry);
  if (cached) return cached;
  const forms: Form[] = [];
  const add = (kind: Form['kind'], id: string, surface: string) => {
    const trimmed = surface.trim();
    if (trimmed.length < 2) return;
    const caseSensitive = trimmed === trimmed.toUpperCase() && /\p{Lu}/u.test(trimmed);
    const escaped = trimmed.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '[\\s-]+');
    forms.push({
      kind,
      id,
      ambiguous: AMBIGUOUS_FORMS.has(trimmed.toLowerCase()),
      pattern: new RegExp(`(?<![\\p{L}\\p{N}$])${escaped}(?![\\p{L}\\p{N}])`, caseSensitive ? 'gu' : 'giu'),
    });
  };
  for (const asset of registry.assets) {
    forms.push({
      kind: 'asset',
      id: asset.id,
      ambiguous: false,
      pattern: new RegExp(`\\$${asset.symbol}(?![\\p{L}\\p{N}])`, 'giu'),
    });
    for (const surface of new Set([asset.symbol, asset.name, ...asset.aliases])) add('asset', asset.id, surface);
  }
  for (const sector of registry.sectors)
    for (const surface of new Set([sector.name, ...sector.aliases])) add('sector', sector.id, surface);
  formsCache.set(registry, forms);
  return forms;
}
