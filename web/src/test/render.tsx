import type { ReactElement } from 'react';
import { render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router';
import { QueryClient } from '@tanstack/react-query';
import { AppProvider } from '../app/provider';

export function testQueryClient() {
  return new QueryClient({
    defaultOptions: { queries: { retry: false, staleTime: Infinity }, mutations: { retry: false } },
  });
}

/** Renders a component inside the app's providers and a memory router at `path`. */
export function renderWithApp(
  ui: ReactElement,
  { path = '/', routePath = '*', extraRoutes = [] as RouteObject[] } = {},
) {
  const queryClient = testQueryClient();
  const router = createMemoryRouter([{ path: routePath, element: ui }, ...extraRoutes], { initialEntries: [path] });
  const result = render(
    <AppProvider queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProvider>,
  );
  return { ...result, router, queryClient };
}

/** What a mocked endpoint answers; `headers` are added to the content type (e.g. `Retry-After`). */
export interface MockAnswer {
  status?: number;
  body?: unknown;
  headers?: Record<string, string>;
}

/** A fetch stub answering by method and path; unknown requests fail the test loudly. */
export function mockApi(
  handlers: Record<string, (init: RequestInit | undefined, url: URL) => MockAnswer | Promise<MockAnswer>>,
) {
  const calls: { method: string; path: string; body: unknown; headers: Record<string, string> }[] = [];
  const fetchMock = async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input), 'http://localhost');
    const method = init?.method ?? 'GET';
    const key = `${method} ${url.pathname}`;
    calls.push({
      method,
      path: url.pathname + url.search,
      body: init?.body ? (typeof init.body === 'string' ? JSON.parse(init.body) : init.body) : undefined,
      headers: (init?.headers ?? {}) as Record<string, string>,
    });
    const handler = handlers[key];
    if (!handler) throw new Error(`Unexpected request ${key}`);
    const { status = 200, body, headers } = await handler(init, url);
    const isProblem = status >= 400;
    return new Response(status === 204 ? null : JSON.stringify(body ?? null), {
      status,
      headers: { 'Content-Type': isProblem ? 'application/problem+json' : 'application/json', ...headers },
    });
  };
  globalThis.fetch = fetchMock as typeof fetch;
  return calls;
}

export const problem = (status: number, slug: string, detail = slug) => ({
  status,
  body: { type: `https://popdesk.app/problems/${slug}`, title: slug, status, detail },
});
