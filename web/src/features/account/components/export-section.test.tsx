import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18n from '../../../lib/i18n';
import { setToken } from '../../../lib/auth-token';
import { mockApi, renderWithApp } from '../../../test/render';
import { ExportSection } from './export-section';

function catchDownloads() {
  const names: string[] = [];
  URL.createObjectURL = vi.fn(() => 'blob:x');
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    names.push(this.download);
  });
  return names;
}

describe('the data export', () => {
  afterEach(() => vi.restoreAllMocks());

  it.each([
    ['de', 'Daten herunterladen', /^popdesk-meine-daten-\d{4}-\d{2}-\d{2}\.json$/],
    ['en', 'Download my data', /^popdesk-my-data-\d{4}-\d{2}-\d{2}\.json$/],
  ] as const)('names the file in the page language (%s)', async (lng, button, name) => {
    await i18n.changeLanguage(lng);
    setToken('jwt');
    mockApi({ 'GET /api/me/export': () => ({ body: { profile: { name: 'Erika' } } }) });
    const names = catchDownloads();
    renderWithApp(<ExportSection />);
    await userEvent.click(screen.getByRole('button', { name: new RegExp(button) }));
    await waitFor(() => expect(names).toHaveLength(1));
    expect(names[0]).toMatch(name);
  });
});
