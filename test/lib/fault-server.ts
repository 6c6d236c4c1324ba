// A local HTTP server on 127.0.0.1 that answers each request with a chosen fault (or a normal body).
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Fault =
  | { kind: 'ok'; body: string; status?: number; contentType?: string; headers?: Record<string, string> }
  /** Never sends headers. */
  | { kind: 'hang' }
  /** Sends 200 headers, then one byte every `intervalMs` until the client goes away. */
  | { kind: 'drip'; intervalMs?: number; contentType?: string }
  /** Streams `bytes` of JSON-ish filler in 64 KiB chunks (no Content-Length unless `declareLength`). */
  | { kind: 'huge'; bytes: number; contentType?: string; declareLength?: boolean };

export type FaultRequest = { method: string; path: string; url: URL; body: string };

export type FaultServer = { url: string; requests: FaultRequest[]; close(): Promise<void> };

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function answer(fault: Fault, response: ServerResponse): void {
  if (fault.kind === 'hang') return;
  if (fault.kind === 'ok') {
    response.writeHead(fault.status ?? 200, {
      'content-type': fault.contentType ?? 'application/json',
      ...fault.headers,
    });
    response.end(fault.body);
    return;
  }
  if (fault.kind === 'drip') {
    response.writeHead(200, { 'content-type': fault.contentType ?? 'application/json' });
    response.write('[');
    const timer = setInterval(() => response.write(' '), fault.intervalMs ?? 50);
    response.on('close', () => clearInterval(timer));
    return;
  }
  response.writeHead(200, {
    'content-type': fault.contentType ?? 'application/json',
    ...(fault.declareLength ? { 'content-length': String(Math.ceil(fault.bytes / 65_536) * 65_536) } : {}),
  });
  const chunk = Buffer.alloc(64 * 1024, 0x20);
  let sent = 0;
  const pump = () => {
    while (sent < fault.bytes && !response.destroyed) {
      sent += chunk.byteLength;
      if (!response.write(chunk)) return void response.once('drain', pump);
    }
    if (!response.destroyed) response.end();
  };
  pump();
}

/** Starts the server; `route` picks the fault per request. Close it in afterAll/afterEach. */
export async function startFaultServer(route: (request: FaultRequest) => Fault): Promise<FaultServer> {
  const requests: FaultRequest[] = [];
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const seen = { method: request.method ?? 'GET', path: url.pathname, url, body: await readBody(request) };
    requests.push(seen);
    answer(route(seen), response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
