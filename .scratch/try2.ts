import { defaultRegistry } from '../src/config/watchlist.ts';
import { checkBrief } from '../src/factcheck/check-brief.ts';
import { daySheet } from '../test/factcheck/blind/score.ts';
const [day, text, win] = process.argv.slice(2);
const r = checkBrief({ markdown: text!, sheet: daySheet(day), registry: defaultRegistry, defaultWindow: (win ?? '24h') as '24h' });
for (const c of r.claims) console.log(`${c.verdict.padEnd(12)} ${JSON.stringify(c.text)} fact=${c.factId} sent=${JSON.stringify(c.sentence.slice(0,60))}`);
