import { defaultRegistry } from './src/config/watchlist.ts';
import { buildTitleTokens, buildIdf, computeTitleSimilarity, computeTitleOverlap } from './src/sources/title-tokens.ts';
import { loadLabelled } from './test/sources/helpers/labelled-clusters.ts';
const { headlines, storyOf } = loadLabelled(process.argv[2]);
const toks = headlines.map(h => buildTitleTokens(h.title, defaultRegistry));
const idf = buildIdf(toks);
for (const f of [computeTitleSimilarity, computeTitleOverlap]) {
  let minSame = 1, maxDiff = 0; const sameLow: string[] = []; const diffHigh: string[] = [];
  for (let i = 0; i < headlines.length; i++) for (let j = i + 1; j < headlines.length; j++) {
    const s = f(toks[i]!, toks[j]!, idf); const same = storyOf.get(headlines[i]!.id) === storyOf.get(headlines[j]!.id);
    if (same) { minSame = Math.min(minSame, s); if (s < 0.25) sameLow.push(`${s.toFixed(2)} ${headlines[i]!.title} | ${headlines[j]!.title}`); }
    else { maxDiff = Math.max(maxDiff, s); if (s > 0.2) diffHigh.push(`${s.toFixed(2)} ${headlines[i]!.title} | ${headlines[j]!.title}`); }
  }
  console.log(f.name, 'minSame', minSame.toFixed(3), 'maxDiff', maxDiff.toFixed(3));
  console.log(' low same:\n  ' + sameLow.slice(0, 30).join('\n  ')); console.log(' high diff:\n  ' + diffHigh.slice(0, 15).join('\n  '));
}
console.log([...toks.slice(0, 6)].map(t => [...t].join(' ')).join('\n'));
