import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../lib/api-client';
import { serverFieldErrors, validateWebhook, webhookBody } from './webhook-form';

const draft = { url: 'https://example.org/hook', events: ['booking.created' as const], description: '' };

describe('the webhook form checks', () => {
  it('wants an http(s) URL the server will take, at least one event and a short description', () => {
    expect(validateWebhook(draft)).toEqual({});
    expect(validateWebhook({ ...draft, url: '  ' })).toEqual({ url: 'required' });
    expect(validateWebhook({ ...draft, url: 'ftp://example.org' })).toEqual({ url: 'scheme' });
    // the server's pattern is case-sensitive
    expect(validateWebhook({ ...draft, url: 'HTTPS://example.org' })).toEqual({ url: 'scheme' });
    expect(validateWebhook({ ...draft, url: 'https://' })).toEqual({ url: 'invalid' });
    expect(validateWebhook({ ...draft, url: `https://example.org/${'x'.repeat(2000)}` })).toEqual({ url: 'tooLong' });
    expect(validateWebhook({ ...draft, events: [], description: 'x'.repeat(201) })).toEqual({
      events: 'required',
      description: 'tooLong',
    });
  });

  it('leaves an empty description out and trims the rest', () => {
    expect(webhookBody({ ...draft, url: ' https://example.org/hook ' })).toEqual({
      url: 'https://example.org/hook',
      events: ['booking.created'],
    });
    expect(webhookBody({ ...draft, description: ' Statistik ' })).toMatchObject({ description: 'Statistik' });
  });

  it('puts a refusal at its field: named by the validation errors, else at the URL', () => {
    const validation = new ApiError({
      type: 'x/validation-error',
      title: 't',
      status: 400,
      detail: 'd',
      errors: [{ path: 'body.events.0', message: 'must be equal to one of the allowed values' }],
    });
    expect(serverFieldErrors(validation)).toEqual({ events: 'refused' });
    const refused = new ApiError({
      type: 'x/webhook-url-not-allowed',
      title: 't',
      status: 422,
      detail: 'Private addresses are not allowed.',
    });
    expect(serverFieldErrors(refused)).toEqual({ url: 'notPublic' });
    expect(serverFieldErrors(new ApiError({ type: 'x/forbidden', title: 't', status: 403, detail: 'd' }))).toBeNull();
  });

  it('turns the server’s English reasons into codes the form words in the page’s language', () => {
    const at = (message: string) =>
      new ApiError({
        type: 'https://popdesk.app/problems/validation-error',
        title: 'Invalid request',
        status: 400,
        detail: `body.url: ${message}`,
        errors: [{ path: 'body.url', message }],
      });
    const hint = 'WEBHOOK_ALLOW_PRIVATE=true for development';
    expect(serverFieldErrors(at(`Webhook URLs must use https (${hint} for http).`))).toEqual({ url: 'httpsOnly' });
    expect(serverFieldErrors(at(`127.0.0.1 is a loopback address, not a public one (${hint}).`))).toEqual({
      url: 'notPublic',
    });
    expect(serverFieldErrors(at('is not a URL'))).toEqual({ url: 'invalid' });
    expect(serverFieldErrors(at('something new'))).toEqual({ url: 'refused' });
  });
});
