import { resolve } from 'node:path';
import { corpusDay, dayChecker, daySheet, loadCorpus, locate } from '../test/factcheck/blind/score.ts';
const [dir, id] = process.argv.slice(2);
const day = await corpusDay(resolve(dir!));
const cases = await loadCorpus(resolve(dir!));
const c = cases.find((x) => x.id === id)!;
console.log(c.style, c.voice); console.log(c.text); console.log('---');
const r = dayChecker(daySheet(day))(c);
for (const n of c.numbers) {
  const s = locate(c.text, n.find);
  const hits = r.claims.filter((k) => s && k.span && k.span[0] < s[1] && k.span[1] > s[0]);
  console.log(`${n.label.padEnd(12)} ${JSON.stringify(n.find)} -> ${hits.map((h) => `${h.verdict}: ${h.reason}`).join(' | ') || 'no claim'}${n.note ? `   [${n.note}]` : ''}`);
}
