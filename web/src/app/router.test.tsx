import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
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

describe('the first request of the pages people arrive on', () => {
  it.each([
    ['/', '/api/spaces', ['spaces']],
    ['/spaces/s-1', '/api/spaces/s-1', ['spaces', 's-1']],
  ])('%s asks for %s with the page’s code, before anything renders', async (path, request, queryKey) => {
    const calls = mockApi({ [`GET ${request}`]: () => ({ body: [] }) });
    window.history.replaceState(null, '', path);
    const queryClient = testQueryClient();
    const router = createAppRouter({ queryClient });
    await waitFor(() => expect(calls.map((c) => c.path)).toEqual([request]));
    // into the cache entry the page reads
    await waitFor(() => expect(queryClient.getQueryState(queryKey)?.status).toBe('success'));
    router.dispose();
  });

  it('does not ask without a client to keep the answer in', async () => {
    const calls = mockApi({});
    window.history.replaceState(null, '', '/');
    const router = createAppRouter();
    await new Promise((r) => setTimeout(r, 50));
    expect(calls).toEqual([]);
    router.dispose();
  });
});
