import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { RouterProvider } from 'react-router';
import type { Board } from '@popdesk/shared';
import i18n from '../../lib/i18n';
import { mockApi, renderWithApp, testQueryClient } from '../../test/render';
import { AppProvider } from '../provider';
import { createAppRouter } from '../router';
import { Component as BoardRoute } from './board';

// 10:42 in Berlin on Thursday 21 October 2027 (CEST)
const board: Board = {
  date: '2027-10-21',
  spaceId: 's1',
  spaceName: 'Dorfbüro Kyritz',
  timezone: 'Europe/Berlin',
  now: '2027-10-21T08:42:00.000Z',
  bookUrl: 'https://popdesk.example/spaces/s1',
  events: [],
  desks: [
    {
      deskId: 'd1',
      name: 'Tisch 1',
      kind: 'desk',
      state: 'free',
      freeUntil: '2027-10-21T12:30:00.000Z',
      nextFreeAt: null,
    },
    {
      deskId: 'd2',
      name: 'Tisch 2',
      kind: 'desk',
      state: 'taken',
      freeUntil: null,
      nextFreeAt: '2027-10-21T13:00:00.000Z',
    },
  ],
};

describe('/spaces/:spaceId/board', () => {
  it('speaks English with ?lang=en, on this screen only', async () => {
    mockApi({ 'GET /api/spaces/s1/board': () => ({ body: board }) });
    const { unmount } = renderWithApp(<BoardRoute />, {
      path: '/spaces/s1/board?lang=en',
      routePath: '/spaces/:spaceId/board',
    });
    expect(await screen.findByText('Free now: 1 of 2 desks')).toBeInTheDocument();
    expect(screen.getByText('free again from 15:00')).toBeInTheDocument();
    expect(screen.getByText('Thursday, 21/10/2027')).toBeInTheDocument();
    expect(screen.getByText('Updated: 10:42')).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
    // nothing kept for the next page or person
    expect(localStorage.getItem('popdesk.locale')).toBeNull();
    unmount();
    await i18n.changeLanguage('de');
  });

  it('is a kiosk page: the app’s router shows it without the shell (no navigation, no links)', async () => {
    mockApi({ 'GET /api/spaces/s1/board': () => ({ body: board }) });
    window.history.replaceState(null, '', '/spaces/s1/board');
    render(
      <AppProvider queryClient={testQueryClient()}>
        <RouterProvider router={createAppRouter()} />
      </AppProvider>,
    );
    // the page's code loads lazily: slow on a busy machine
    expect(await screen.findByText('Jetzt frei: 1 von 2 Tischen', undefined, { timeout: 10_000 })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Dorfbüro Kyritz' })).toBeInTheDocument();
    expect(screen.queryByRole('navigation')).not.toBeInTheDocument();
    expect(screen.queryByRole('contentinfo', { name: /PopDesk/ })).not.toBeInTheDocument();
    expect(screen.queryAllByRole('link')).toEqual([]);
    window.history.replaceState(null, '', '/');
  });
});
