/** What the process-level test scripts (failure-tests.ts, scale-out-test.ts) share: ports and JSON calls. */
import { createServer, type AddressInfo } from 'node:net';

/** A port on 127.0.0.1 that was free a moment ago. */
export function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as AddressInfo;
      s.close(() => res(port));
    });
    s.on('error', rej);
  });
}

export interface Answer {
  status: number;
  /** the content-type header ('' when none) */
  type: string;
  /** parsed JSON, or null when the body is not JSON */
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any
}

/** One request with an optional JSON body and bearer token; never throws on an HTTP status. */
export async function api(base: string, method: string, path: string, body?: unknown, token?: string): Promise<Answer> {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: {
      ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: body !== undefined ? JSON.stringify(body) : undefined,
  });
  const text = await res.text();
  let json: unknown = null;
  try {
    json = JSON.parse(text);
  } catch {
    /* not JSON */
  }
  return { status: res.status, type: res.headers.get('content-type') ?? '', body: json };
}
