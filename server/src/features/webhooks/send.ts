/**
 * One POST to a webhook target, through node:http(s) rather than fetch, for two guarantees:
 * redirects are never followed (a 3xx is an answer like any other; a redirect could point at a
 * private address), and the connection resolves its host name through `guardedLookup`, so that the
 * address that is checked is the address connected to.
 */
import http from 'node:http';
import https from 'node:https';
import { BlockedTargetError, guardedLookup, refusedTarget } from './target-guard.js';

export interface PostResult {
  statusCode: number | null;
  /** null when delivered (2xx) */
  error: string | null;
  /** true when the target was refused: retrying will not help */
  refused: boolean;
}

export async function postWebhook(
  target: string,
  headers: Record<string, string>,
  body: string,
  opts: { timeoutMs: number; allowPrivate: boolean },
): Promise<PostResult> {
  if (!URL.canParse(target)) return { statusCode: null, error: 'refused: not a URL', refused: true };
  const url = new URL(target);
  // checked again at delivery: a webhook may have been registered while WEBHOOK_ALLOW_PRIVATE was on
  const refused = refusedTarget(url, opts.allowPrivate);
  if (refused) return { statusCode: null, error: `refused: ${refused}`, refused: true };
  try {
    const statusCode = await request(url, headers, body, opts);
    if (statusCode >= 200 && statusCode < 300) return { statusCode, error: null, refused: false };
    const redirect = statusCode >= 300 && statusCode < 400 ? ' (redirects are not followed)' : '';
    return { statusCode, error: `HTTP ${statusCode}${redirect}`, refused: false };
  } catch (err) {
    if (err instanceof BlockedTargetError) return { statusCode: null, error: err.message, refused: true };
    const timedOut = err instanceof Error && (err.name === 'AbortError' || err.name === 'TimeoutError');
    return {
      statusCode: null,
      error: timedOut ? 'timed out' : err instanceof Error ? err.message : String(err),
      refused: false,
    };
  }
}

/** Resolves with the status code once the answer's head arrived; its body is drained and ignored. */
function request(
  url: URL,
  headers: Record<string, string>,
  body: string,
  opts: { timeoutMs: number; allowPrivate: boolean },
): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = (url.protocol === 'https:' ? https : http).request(
      url,
      {
        method: 'POST',
        headers: { ...headers, 'Content-Length': String(Buffer.byteLength(body)) },
        // a fresh connection each time: a pooled socket might have been opened under other rules
        agent: false,
        ...(opts.allowPrivate ? {} : { lookup: guardedLookup }),
        signal: AbortSignal.timeout(opts.timeoutMs),
      },
      (res) => {
        res.on('error', () => {}); // a receiver hanging up after its status line changes nothing
        res.resume();
        resolve(res.statusCode ?? 0);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}
