/**
 * The webhook form's checks, the same as the server's schema (CreateWebhookBody): an http(s) URL
 * of at most 2000 characters, at least one event, an optional description of at most 200. What
 * only the server can judge (which addresses it will call) comes back as a problem and is put at
 * the field it concerns.
 */
import { WEBHOOK_DESCRIPTION_MAX, WEBHOOK_URL_MAX, type CreateWebhookBody, type WebhookEvent } from '@popdesk/shared';
import { isApiError } from '../../../lib/api-client';

export const URL_MAX = WEBHOOK_URL_MAX;
export const DESCRIPTION_MAX = WEBHOOK_DESCRIPTION_MAX;

export interface WebhookDraft {
  url: string;
  events: WebhookEvent[];
  description: string;
}

export type WebhookField = 'url' | 'events' | 'description';
/** Error codes per field; the form turns them into words. */
export type WebhookErrors = Partial<Record<WebhookField, 'required' | 'scheme' | 'invalid' | 'tooLong'>>;

export function validateWebhook(draft: WebhookDraft): WebhookErrors {
  const errors: WebhookErrors = {};
  const url = draft.url.trim();
  if (!url) errors.url = 'required';
  // the server's pattern is ^https?:// (lower case)
  else if (!/^https?:\/\//.test(url)) errors.url = 'scheme';
  else if (url.length > URL_MAX) errors.url = 'tooLong';
  else if (!parses(url)) errors.url = 'invalid';
  if (draft.events.length === 0) errors.events = 'required';
  if (draft.description.trim().length > DESCRIPTION_MAX) errors.description = 'tooLong';
  return errors;
}

function parses(url: string): boolean {
  try {
    return !!new URL(url).hostname;
  } catch {
    return false;
  }
}

export function webhookBody(draft: WebhookDraft): CreateWebhookBody {
  const description = draft.description.trim();
  return { url: draft.url.trim(), events: draft.events, ...(description ? { description } : {}) };
}

/** Why the server refused a field, as a code the form puts into words in the page's language. */
export type ServerRefusal = 'httpsOnly' | 'notPublic' | 'invalid' | 'refused';

/**
 * The server explains a refused address in English (its problem type is a plain validation error
 * or a refusal of the address); the form must speak the page's language, so the reason becomes a
 * code: https needed, not a public address, not an address, or refused for another reason.
 */
function refusalOf(field: WebhookField, slug: string, message: string): ServerRefusal {
  if (field !== 'url') return 'refused';
  if (/\bhttps\b/i.test(message)) return 'httpsOnly';
  if (/not-allowed|private|loopback|public|link-local|reserved/i.test(`${slug} ${message}`)) return 'notPublic';
  if (/not a url|format|pattern|invalid/i.test(message)) return 'invalid';
  return 'refused';
}

/**
 * The fields a refusal concerns, each with the reason as a code: validation errors name their
 * field (`body.url`); any other 400/422 about a new webhook can only be about its address (e.g. one
 * the server will not call). Null when the error is not about the input at all.
 */
export function serverFieldErrors(error: unknown): Partial<Record<WebhookField, ServerRefusal>> | null {
  if (!isApiError(error) || (error.status !== 400 && error.status !== 422)) return null;
  const found: Partial<Record<WebhookField, ServerRefusal>> = {};
  for (const e of error.problem.errors ?? []) {
    const field = e.path.replace(/^body\./, '').split('.')[0];
    if (field === 'url' || field === 'events' || field === 'description')
      found[field] ??= refusalOf(field, error.slug, e.message);
  }
  if (Object.keys(found).length === 0) found.url = refusalOf('url', error.slug, error.problem.detail ?? '');
  return found;
}
