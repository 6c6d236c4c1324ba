/**
 * The authored days by name: `day` (the bundled sell-off, fixtures/day/), `rally` (fixtures/day-rally/),
 * `chop` (a mixed, range-bound day, fixtures/day-chop/), `squeeze` (a short squeeze led by the altcoins,
 * fixtures/day-squeeze/), `drift` (a quiet, low-volume drift to a 30-day high, fixtures/day-drift/), `rotation`
 * (money rotating out of bitcoin into ether and the AI tokens, fixtures/day-rotation/), `flush` (a liquidation
 * flush with a long lower wick, fixtures/day-flush/), `altseason` (bitcoin flat while the altcoins rally broadly,
 * fixtures/day-altseason/), `grind` (a slow grind lower just under $100K, fixtures/day-grind/), `whipsaw` (BTC
 * wicks both ways and ends flat while ETH and layer 2 lead, fixtures/day-whipsaw/), `ethdump` (an ETH-led
 * selloff while BTC barely moves, layer 2 last and AI leading, fixtures/day-ethdump/), `meltup` (a new
 * all-time-high melt-up with memes leading and funding hot everywhere, fixtures/day-meltup/), `bleed` (a slow
 * alt bleed with BTC steady, DePIN leading and memes last, fixtures/day-bleed/), `doldrums` (a flat, thin
 * weekend: BTC unchanged mid-range, breadth split, every sector within 1 %, fixtures/day-doldrums/), `breakdown`
 * (a bitcoin-specific breakdown to a new 30-day low while the alts hold up, gaming leading and layer 1 last,
 * fixtures/day-breakdown/), `mania` (a memecoin mania while the majors barely move, memes leading by far and
 * gaming last, fixtures/day-mania/), `rollup` (an ether-and-rollups rally to a fresh ETH 30-day high while bitcoin
 * slips, layer 2 leading and memes last, fixtures/day-rollup/), `capitulation` (a broad capitulation to fresh BTC
 * and ETH 30-day lows, 29 of 30 down, funding negative everywhere and open interest flushed,
 * fixtures/day-capitulation/), `rebound` (a sharp relief rebound after a week-long selloff, up on 24h and down on 7
 * days, BTC back above $95K after an overnight dip to a fresh 30-day low, DePIN leading, fixtures/day-rebound/),
 * `fakeout` (a failed breakout: BTC pierces its 30-day swing high after midnight and reverses to -3.2 %, XRP the one
 * large cap up, funding positive on every perp while open interest falls, memes last, fixtures/day-fakeout/),
 * `spotlight` (a quiet, slightly red day with DePIN pumping on its own story, the only sector up, every member up,
 * funding mixed in sign, open interest flat, fixtures/day-spotlight/), `decouple` (bitcoin decouples upward to a
 * fresh 30-day high through its resistance while the altcoins bleed, AI last, BTC funding hot and BTC-led open
 * interest, dominance up over a point, fixtures/day-decouple/) and `solstorm` (a Solana-led day on its own news: SOL
 * about +11 % to a fresh 30-day high through its resistance while BTC barely moves, layer 1 leading, memes second,
 * layer 2 last, SOL funding hot and SOL-led open interest on about 3 times its average volume, fixtures/day-solstorm/).
 */
import type { DaySpec } from './day-spec.ts';
import { altseasonDay } from './altseason/day-targets.ts';
import { bleedDay } from './bleed/day-targets.ts';
import { capitulationDay } from './capitulation/day-targets.ts';
import { reboundDay } from './rebound/day-targets.ts';
import { fakeoutDay } from './fakeout/day-targets.ts';
import { spotlightDay } from './spotlight/day-targets.ts';
import { decoupleDay } from './decouple/day-targets.ts';
import { solstormDay } from './solstorm/day-targets.ts';
import { breakdownDay } from './breakdown/day-targets.ts';
import { selloffDay } from './day-targets.ts';
import { chopDay } from './chop/day-targets.ts';
import { doldrumsDay } from './doldrums/day-targets.ts';
import { driftDay } from './drift/day-targets.ts';
import { ethdumpDay } from './ethdump/day-targets.ts';
import { flushDay } from './flush/day-targets.ts';
import { grindDay } from './grind/day-targets.ts';
import { maniaDay } from './mania/day-targets.ts';
import { meltupDay } from './meltup/day-targets.ts';
import { rallyDay } from './rally/day-targets.ts';
import { rollupDay } from './rollup/day-targets.ts';
import { rotationDay } from './rotation/day-targets.ts';
import { squeezeDay } from './squeeze/day-targets.ts';
import { whipsawDay } from './whipsaw/day-targets.ts';

export const days: Record<string, DaySpec> = {
  day: selloffDay,
  rally: rallyDay,
  chop: chopDay,
  squeeze: squeezeDay,
  drift: driftDay,
  rotation: rotationDay,
  flush: flushDay,
  altseason: altseasonDay,
  grind: grindDay,
  whipsaw: whipsawDay,
  ethdump: ethdumpDay,
  meltup: meltupDay,
  bleed: bleedDay,
  doldrums: doldrumsDay,
  breakdown: breakdownDay,
  mania: maniaDay,
  rollup: rollupDay,
  capitulation: capitulationDay,
  rebound: reboundDay,
  fakeout: fakeoutDay,
  spotlight: spotlightDay,
  decouple: decoupleDay,
  solstorm: solstormDay,
};

/** fixtures/ path of a day's recording directory: `day` for the bundled day, `day-NAME` for the others. */
export const dayDirName = (name: string) => (name === 'day' ? 'day' : `day-${name}`);
