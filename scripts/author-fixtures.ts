/**
 * Authors a fixtures day (scripts/fixture-day/author-day.ts): the REAL collector against a fake upstream
 * in the venues' real formats, recorded, then replayed into a snapshot JSON. Deterministic: same seed,
 * same bytes. Days are named in scripts/fixture-day/days.ts.
 *   npx tsx scripts/author-fixtures.ts          # the bundled sell-off day: fixtures/day/ + fixtures/day.snapshot.json
 *   npx tsx scripts/author-fixtures.ts rally    # the rally day: fixtures/day-rally/ + fixtures/day-rally.snapshot.json
 *   npx tsx scripts/author-fixtures.ts chop     # the mixed, range-bound day: fixtures/day-chop/ + its snapshot JSON
 *   npx tsx scripts/author-fixtures.ts squeeze  # the short squeeze: fixtures/day-squeeze/ + its snapshot JSON
 *   npx tsx scripts/author-fixtures.ts drift    # the quiet drift: fixtures/day-drift/ + its snapshot JSON
 *   npx tsx scripts/author-fixtures.ts rotation # out of BTC into ETH and AI: fixtures/day-rotation/ + its snapshot JSON
 *   npx tsx scripts/author-fixtures.ts flush    # a liquidation flush, long lower wick: fixtures/day-flush/ + snapshot JSON
 *   npx tsx scripts/author-fixtures.ts altseason # BTC flat, altcoins rally: fixtures/day-altseason/ + snapshot JSON
 *   npx tsx scripts/author-fixtures.ts grind    # a slow grind lower under $100K: fixtures/day-grind/ + snapshot JSON
 *   npx tsx scripts/author-fixtures.ts whipsaw  # BTC wicks both ways, ends flat: fixtures/day-whipsaw/ + snapshot JSON
 *   npx tsx scripts/author-fixtures.ts ethdump  # an ETH-led selloff: fixtures/day-ethdump/ + snapshot JSON
 *   npx tsx scripts/author-fixtures.ts meltup   # a new all-time-high melt-up: fixtures/day-meltup/ + snapshot JSON
 *   npx tsx scripts/author-fixtures.ts bleed    # a slow alt bleed, BTC steady: fixtures/day-bleed/ + snapshot JSON
 *   npx tsx scripts/author-fixtures.ts doldrums # a flat, thin weekend: fixtures/day-doldrums/ + snapshot JSON
 *   npx tsx scripts/author-fixtures.ts breakdown # BTC breaks down, alts hold: fixtures/day-breakdown/ + snapshot JSON
 *   npx tsx scripts/author-fixtures.ts mania    # a memecoin mania, majors flat: fixtures/day-mania/ + snapshot JSON
 *   npx tsx scripts/author-fixtures.ts rollup   # ETH and layer 2 rally, BTC dips: fixtures/day-rollup/ + snapshot JSON
 *   npx tsx scripts/author-fixtures.ts capitulation # everything falls: fixtures/day-capitulation/ + snapshot JSON
 *   npx tsx scripts/author-fixtures.ts rebound  # a relief rebound after a selloff: fixtures/day-rebound/ + snapshot JSON
 *   npx tsx scripts/author-fixtures.ts fakeout  # a failed breakout, a bull trap: fixtures/day-fakeout/ + snapshot JSON
 *   npx tsx scripts/author-fixtures.ts spotlight # DePIN pumps on a quiet day: fixtures/day-spotlight/ + snapshot
 *   npx tsx scripts/author-fixtures.ts decouple # BTC up, altcoins bleed: fixtures/day-decouple/ + snapshot JSON
 *   npx tsx scripts/author-fixtures.ts solstorm # SOL +11 % on its own news: fixtures/day-solstorm/ + snapshot JSON
 */
import { stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { authorDay } from './fixture-day/author-day.ts';
import { dayDirName, days } from './fixture-day/days.ts';

const name = process.argv[2] ?? 'day';
const spec = days[name];
if (!spec) throw new Error(`unknown day "${name}"; known: ${Object.keys(days).join(', ')}`);
const dirName = dayDirName(name);
const dayDir = fileURLToPath(new URL(`../fixtures/${dirName}`, import.meta.url));
const snapshotFile = fileURLToPath(new URL(`../fixtures/${dirName}.snapshot.json`, import.meta.url));

const { exchanges, requestCount, snapshot } = await authorDay({ spec, dayDir, snapshotFile });
const { size } = await stat(snapshotFile);
console.log(
  `fixtures/${dirName}: ${exchanges} exchanges (${requestCount} requests), ${snapshot.assets.length} assets, ` +
    `${snapshot.headlines.length} headlines, ${snapshot.categories.length} categories; snapshot ${size} bytes`,
);
