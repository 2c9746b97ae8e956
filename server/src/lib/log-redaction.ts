/**
 * What the logs may hold: no tokens, passwords, e-mail addresses or calendar secrets. Pino's
 * `redact` censors known paths; the request serializer keeps only method and a cleaned URL
 * (query values and calendar feed tokens masked), so that nothing personal leaks through a URL.
 */
const CENSOR = '[redacted]';

export const REDACT_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["idempotency-key"]',
  'headers.authorization',
  'headers.cookie',
  'password',
  'email',
  'token',
  '*.password',
  '*.currentPassword',
  '*.newPassword',
  '*.email',
  '*.token',
  '*.name',
  '*.guestName',
  '*.authorization',
];

const EMAIL = /[^\s@"'<>/?&=]+@[^\s@"'<>/?&=]+\.[a-z]{2,}/gi;

/** The URL without query values, e-mail addresses or calendar feed secrets. */
export function redactUrl(url: string): string {
  const [path = '', query] = url.split('?', 2);
  const cleanPath = path.replace(/(\/api\/calendar\/)[^/]+/, `$1${CENSOR}`).replace(EMAIL, CENSOR);
  if (query === undefined) return cleanPath;
  const keys = query
    .split('&')
    .filter(Boolean)
    .map((pair) => `${pair.split('=')[0]!.replace(EMAIL, CENSOR)}=${CENSOR}`);
  return `${cleanPath}?${keys.join('&')}`;
}

/** Masks e-mail addresses in free text (error messages that echo input). */
export const redactText = (text: string) => text.replace(EMAIL, CENSOR);

/** Pino options for the server's logger. */
export function loggerOptions(level: string, stream?: NodeJS.WritableStream) {
  return {
    level,
    redact: { paths: REDACT_PATHS, censor: CENSOR },
    serializers: {
      req(req: { method?: string; url?: string; id?: unknown }) {
        return { method: req.method, url: redactUrl(req.url ?? '') };
      },
      err(err: Error & { code?: unknown; statusCode?: unknown }) {
        return {
          type: err.name,
          code: err.code,
          statusCode: err.statusCode,
          message: redactText(String(err.message ?? '')),
          stack: err.stack ? redactText(err.stack) : undefined,
        };
      },
    },
    ...(stream ? { stream } : {}),
  };
}
