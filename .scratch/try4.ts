import { defaultRegistry } from '../src/config/watchlist.ts';
import { checkBrief } from '../src/factcheck/check-brief.ts';
import { corpusDay, daySheet, loadCorpus, styleWindow } from '../test/factcheck/blind/score.ts';
import { resolve } from 'node:path';
const [dir, id] = process.argv.slice(2);
const c = (await loadCorpus(resolve(dir!))).find((x) => x.id === id)!;
const r = checkBrief({ markdown: c.text, sheet: daySheet(await corpusDay(resolve(dir!))), registry: defaultRegistry, defaultWindow: styleWindow(c.style) });
for (const k of r.claims) console.log(k.verdict, JSON.stringify(k.text), k.entity, k.metric, k.window, JSON.stringify(k.sentence.slice(0, 50)));
