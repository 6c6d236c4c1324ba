import type { Env } from '../env.ts';
import type { Services } from '../ports.ts';

/** Hono generic for the whole app and every sub-app: `new Hono<AppEnv>()`. Routes read ports from `c.var.services`. */
export type AppEnv = { Bindings: Env; Variables: { services: Services; requestId: string } };
