// Conformance over the captured real feeds in ../shared/real-world/feeds/, served by a local node:http
// server (127.0.0.1, random port). Skipped with a message when that directory is absent.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SourceConfig } from '../../src/config/sources.ts';
import type { Headline } from '../../src/domain/headline.ts';
import type { SourceStatus } from '../../src/domain/source-status.ts';
import { collectHeadlines } from '../../src/sources/collect-headlines.ts';

const dir = new URL('../../../shared/real-world/feeds/', import.meta.url);
const present = existsSync(dir);
if (!present) console.warn(`skipping real-world feed conformance: ${dir.pathname} is absent`);

const files = present
  ? readdirSync(dir)
      .filter((f) => f.endsWith('.xml'))
      .sort()
  : [];
const raw = (file: string) => readFileSync(new URL(file, dir), 'latin1');
const idOf = (file: string) => file.replace(/\.xml$/, '');

describe.skipIf(!present)('real-world feeds over a local HTTP server', () => {
  let server: Server;
  let headlines: Headline[] = [];
  let statuses: SourceStatus[] = [];
  const of = (file: string) => headlines.filter((h) => h.sourceId === idOf(file));

  beforeAll(async () => {
    server = createServer((request, response) => {
      const file = decodeURIComponent((request.url ?? '/').slice(1));
      if (!files.includes(file)) return void response.writeHead(404).end();
      response.writeHead(200, { 'content-type': file.startsWith('marketwatch') ? 'text/html' : 'text/xml' });
      response.end(readFileSync(new URL(file, dir)));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    const sources: SourceConfig[] = files.map((file) => ({
      id: idOf(file),
      name: file,
      kind: /<feed[\s>]/.test(raw(file)) ? 'atom' : 'rss',
      url: base + file,
    }));
    ({ headlines, statuses } = await collectHeadlines({ sources, fetch, now: new Date('2026-11-21T06:00:00Z') }));
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('reports the HTML-instead-of-RSS URL as failed: not-a-feed and every other feed ok', () => {
    for (const status of statuses) {
      if (status.id.startsWith('marketwatch')) expect(status).toMatchObject({ status: 'failed', reason: 'not-a-feed' });
      else expect(status, status.id).toMatchObject({ status: 'ok' });
    }
    expect(statuses).toHaveLength(files.length);
  });

  it('turns every item of every feed into a headline (counted independently from the raw XML)', () => {
    for (const file of files.filter((f) => !f.startsWith('marketwatch'))) {
      const expected = (raw(file).match(/<(item|entry)[\s>]/g) ?? []).length;
      expect(expected, file).toBeGreaterThan(0);
      expect(of(file).length, file).toBe(expected);
      expect(statuses.find((s) => s.id === idOf(file))?.items, file).toBe(expected);
    }
  });

  it('gives every headline a clean title, a canonical link without tracking or fragment, and a UTC time', () => {
    for (const h of headlines) {
      expect(h.title, h.id).not.toMatch(/<\/?[a-z]|&(amp|lt|gt|quot|#\d+|#x[0-9a-f]+);|\s{2}|^\s|\s$|\uFFFD/i);
      expect(h.canonicalUrl, h.id).toMatch(/^https?:\/\/[^#]+$/);
      expect(h.canonicalUrl, h.id).not.toMatch(/[?&](utm_|wt_mc=)/i);
      expect(h.timeFlag, h.id).toBe('ok');
      expect(h.publishedAt, h.id).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.000Z$/);
    }
  });

  it('matches each item time to the date text in the file (RSS pubDate / Atom published)', () => {
    for (const file of files.filter((f) => !f.startsWith('marketwatch'))) {
      const text = raw(file);
      const dates = [...text.matchAll(/<(item|entry)[\s>][\s\S]*?<\/(item|entry)>/g)].map((m) => {
        const date = /<(pubDate|published)>([^<]+)</.exec(m[0])?.[2];
        return new Date(Date.parse(date!.trim())).toISOString();
      });
      expect(
        of(file).map((h) => h.publishedAt),
        file,
      ).toEqual(dates);
    }
  });

  // Values below were read by hand from the files (times converted to UTC by hand).
  it.each([
    [
      'theblock-2025-12-12.xml',
      'Fogo cancels $20 million pre-sale, will airdrop tokens instead in upcoming mainnet launch',
      'https://www.theblock.co/post/382435/fogo-solana-svm-airdrop-token-sale-mainnet-launch',
      '2025-12-12T22:33:11.000Z',
    ],
    [
      'cointelegraph-2025-12-12.xml',
      'Figure Technology files ‘second IPO’ to bring native equity issuance to Solana',
      'https://cointelegraph.com/news/figure-technology-solana-onchain-equity-second-ipo',
      '2025-12-12T16:57:28.000Z',
    ],
    [
      'decrypt-2025-12-12.xml',
      "Vanguard Exec Calls Bitcoin a 'Digital Labubu', Even as Firm Offers Crypto ETF Trading",
      'https://decrypt.co/352201/vanguard-exec-calls-bitcoin-digital-labubu-firm-offers-crypto-etf-trading',
      '2025-12-12T21:59:32.000Z',
    ],
    [
      'coindesk-2025-12-13.xml',
      'Citadel Securities and DeFi Waging War of Words Through SEC Correspondence',
      'https://www.coindesk.com/policy/2025/12/12/citadel-securities-and-defi-waging-war-of-words-through-sec-correspondence',
      '2025-12-12T22:20:18.000Z',
    ],
    [
      'coindesk-2023-03-13.xml',
      'Bitcoin, U.S. Stock Futures Erase Early Gains as First Republic Bank Tanks 50% in Pre-Market Trading',
      'https://www.coindesk.com/markets/2023/03/13/bitcoin-us-stock-futures-erase-early-gains-as-first-republic-bank-tanks-50-in-pre-market-trading/',
      '2023-03-13T10:13:50.000Z',
    ],
    [
      'heise-developer-atom-2016-02-01.xml',
      'Java-Anwendungsserver: Red Hat gibt WildFly 10 frei',
      'http://www.heise.de/developer/meldung/Java-Anwendungsserver-Red-Hat-gibt-WildFly-10-frei-3088438.html',
      '2016-02-01T16:22:00.000Z',
    ],
    [
      'jn-pt-iso-8859-1-2018-01-03.xml',
      'Mãe de utente é a nova presidente da Raríssimas',
      'http://feeds.jn.pt/~r/JN-ULTIMAS/~3/UBnb8Ra3Q1U/sonia-laig-e-a-nova-presidente-da-rarissimas-9021600.html',
      '2018-01-03T13:47:00.000Z',
    ],
    [
      'reddit-domain-howtogeek-atom-2025-12-03.xml',
      'Linux usage reaches an all time high on Steam',
      'https://www.reddit.com/r/Steam/comments/1pcjf52/linux_usage_reaches_an_all_time_high_on_steam/',
      '2025-12-02T20:24:36.000Z',
    ],
    [
      'prnewswire-news-releases-2025-12-13.xml',
      'Official streaming platform for the Games of the Future Abu Dhabi 2025 powered by ADNOC launches ahead of opening competition',
      'https://www.prnewswire.com/news-releases/official-streaming-platform-for-the-games-of-the-future-abu-dhabi-2025-powered-by-adnoc-launches-ahead-of-opening-competition-302641609.html',
      '2025-12-13T10:14:00.000Z',
    ],
  ])('%s: first item', (file, title, canonicalUrl, publishedAt) => {
    expect(of(file)[0]).toMatchObject({ title, canonicalUrl, publishedAt });
  });

  it('keeps the Latin-1 feed’s accented words', () => {
    const pt = of('jn-pt-iso-8859-1-2018-01-03.xml');
    expect(pt.map((h) => h.title)).toContain('Reações dos partidos ao veto de Marcelo');
    expect(pt[0]!.summary).toMatch(
      /^Sónia Laygue, profissional na área da Recursos Humanos e mãe de uma criança de três anos/,
    );
    expect(pt.filter((h) => /[áàâãéêíóôõúçÁÉÍÓÚÇ]/.test(h.title)).length).toBeGreaterThan(10);
    expect(pt.some((h) => /[\uFFFD\u0080-\u009F]|Ã/.test(`${h.title} ${h.summary ?? ''}`))).toBe(false);
  });
});
