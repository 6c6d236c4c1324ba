import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { endlessStream } from './test/sources/helpers/serve-fixtures.ts';
const server = setupServer(); server.listen();
const big = endlessStream(20 * 1024 * 1024);
server.use(http.get('https://feeds.test/huge', () => new HttpResponse(big.stream)));
const t0 = performance.now();
const r = await fetch('https://feeds.test/huge');
console.log('headers after', performance.now() - t0, 'pulled', big.pulled());
const reader = r.body!.getReader(); let n = 0;
for (let i = 0; i < 20; i++) { const c = await reader.read(); if (c.done) break; n += c.value.byteLength; }
console.log('read', n, 'pulled', big.pulled(), performance.now() - t0);
server.close();
