import { defaultRegistry } from '../src/config/watchlist.ts';
import { extractClaims } from '../src/factcheck/extract/extract-claims.ts';
const r = extractClaims(process.argv[2]!, defaultRegistry, []);
for (const c of r.claims) { const { number, sentence, ...rest } = c as any; console.log(number.text, JSON.stringify(rest, (k, v) => (k === 'reading' ? undefined : v)).slice(0, 400)); }
