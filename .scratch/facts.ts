import { daySheet } from '../test/factcheck/blind/score.ts';
const [day, re] = process.argv.slice(2);
const rx = new RegExp(re ?? '.', 'i');
for (const f of daySheet(day).facts) { const line = [f.id, f.label, f.value, f.unit, f.window ?? '-', f.related ?? '-'].join(' | '); if (rx.test(line)) console.log(line); }
