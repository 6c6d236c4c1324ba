import { defaultRegistry } from '../src/config/watchlist.ts';
import { checkBrief } from '../src/factcheck/check-brief.ts';
import { daySheet } from '../test/factcheck/blind/score.ts';
const [day, text] = process.argv.slice(2);
const r = checkBrief({ markdown: text!, sheet: daySheet(day), registry: defaultRegistry, defaultWindow: '24h' });
for (const c of r.claims) console.log(c.verdict, JSON.stringify(c.text), c.unit, c.metric, c.entity);
