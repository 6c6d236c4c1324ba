// TEMP scratch (worker helper), deleted after use: stubs the not-yet-written checkBrief.
import base from './vitest.worker.config.ts';
export default async (env: any) => {
  const config = await (base as any)(env);
  config.resolve.alias = [{ find: /^.*\/factcheck\/check-brief\.ts$/, replacement: '/tmp/gb-stub/check-brief.ts' }, { find: /^.*\/factcheck\/render-check-html\.ts$/, replacement: '/tmp/gb-stub/check-brief.ts' }, { find: 'undici', replacement: '/work/main/src/adapters/workerd/undici-stub.ts' }];
  return config;
};
