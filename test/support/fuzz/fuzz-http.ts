import { request } from 'node:http';
import type { RawResponse } from '../hosts/web-host.ts';

/**
 * A POST whose body goes in pieces without a Content-Length (chunked), as a streaming client sends it:
 * the host cannot know the size before reading, and must still stop at its limit.
 */
export function postChunked(
  port: number,
  path: string,
  headers: Record<string, string>,
  chunks: readonly string[],
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    let answered = false;
    const req = request(
      { host: '127.0.0.1', port, method: 'POST', path, headers: { host: `127.0.0.1:${port}`, ...headers } },
      (res) => {
        answered = true;
        const parts: Buffer[] = [];
        res.on('data', (c: Buffer) => parts.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(parts).toString(),
          }),
        );
      },
    );
    // The host may answer and stop reading before the last piece: that is the point, not a failure.
    req.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE' && error.code !== 'ECONNRESET') reject(error);
    });
    req.on('close', () => {
      if (!answered) reject(new Error('The host closed the connection without answering'));
    });
    for (const chunk of chunks) req.write(chunk);
    req.end();
  });
}

/**
 * What the payload becomes on the wire: JSON, and `null` read back as "no input" like the host does.
 * Undefined when it has no JSON form (a BigInt, or nesting deeper than JSON.stringify goes).
 */
export function overTheWire(input: unknown): { body: string; input: unknown } | undefined {
  let body: string | undefined;
  try {
    body = JSON.stringify(input);
  } catch {
    return undefined;
  }
  if (body === undefined) return { body: '', input: undefined };
  const parsed: unknown = JSON.parse(body);
  return { body, input: parsed === null ? undefined : parsed };
}

/** Runs `work` over the items with a few requests in flight: the host and the test each keep a core busy. */
export async function inPool<T>(items: readonly T[], inFlight: number, work: (item: T) => Promise<void>) {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next] as T;
      next += 1;
      await work(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(inFlight, items.length) }, worker));
}
