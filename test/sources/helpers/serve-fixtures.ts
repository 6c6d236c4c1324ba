// msw handlers serving fixtures/feeds files with chosen headers, for collectHeadlines tests.
import { readFileSync } from 'node:fs';

export function fixtureBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(new URL(`../../../fixtures/feeds/${name}`, import.meta.url)));
}

/** A body that streams `total` bytes in 64 KiB chunks without a Content-Length header; counts bytes pulled. */
export function endlessStream(total: number): { stream: ReadableStream<Uint8Array>; pulled: () => number } {
  let sent = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent >= total) return controller.close();
      const chunk = new Uint8Array(64 * 1024).fill(0x20);
      sent += chunk.byteLength;
      controller.enqueue(chunk);
    },
  });
  return { stream, pulled: () => sent };
}
