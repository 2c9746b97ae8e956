/** The imprint's details come from the IMPRINT_* settings; unset ones are null (the page says so). */
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { startApp, type TestApp } from '../harness.js';

describe('GET /api/imprint', () => {
  let t: TestApp | undefined;
  afterEach(() => t?.close());

  it('answers the configured provider, publicly', async () => {
    const { imprint } = loadConfig({
      IMPRINT_NAME: 'Stadt Musterstadt',
      IMPRINT_ADDRESS: 'Markt 1, 12345 Musterstadt',
      IMPRINT_REPRESENTATIVE: 'Bürgermeisterin Erika Mustermann',
      IMPRINT_EMAIL: 'popdesk@musterstadt.example',
    });
    t = await startApp({ config: { imprint } });
    const res = await t.http().get('/api/imprint').expect(200);
    expect(res.body).toEqual({
      name: 'Stadt Musterstadt',
      address: 'Markt 1, 12345 Musterstadt',
      representative: 'Bürgermeisterin Erika Mustermann',
      email: 'popdesk@musterstadt.example',
      phone: null,
      vatId: null,
      contentResponsible: null,
    });
  });

  it('answers nulls when nothing is configured', async () => {
    t = await startApp();
    const res = await t.http().get('/api/imprint').expect(200);
    expect(Object.values(res.body).every((v) => v === null)).toBe(true);
  });
});
