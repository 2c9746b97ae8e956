import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import { RouterProvider } from 'react-router';
import { AppProvider } from './provider';
import { createAppRouter } from './router';
import { mockApi, testQueryClient } from '../test/render';

describe('the first load', () => {
  afterEach(() => vi.restoreAllMocks());

  it('shows a loading frame while the first page loads, without React Router warning about it', async () => {
    const warn = vi.spyOn(console, 'warn');
    mockApi({ 'GET /api/spaces': () => ({ body: [] }) });
    window.history.replaceState(null, '', '/');
    render(
      <AppProvider queryClient={testQueryClient()}>
        <RouterProvider router={createAppRouter()} />
      </AppProvider>,
    );
    expect(screen.getByRole('main')).toHaveTextContent('Wird geladen');
    // the first page's code loads lazily: slow on a busy machine
    expect(await screen.findByRole('heading', { level: 1 }, { timeout: 10_000 })).toBeInTheDocument();
    const messages = warn.mock.calls.map((c) => c.map(String).join(' '));
    expect(messages.filter((m) => m.includes('HydrateFallback'))).toEqual([]);
  });
});
