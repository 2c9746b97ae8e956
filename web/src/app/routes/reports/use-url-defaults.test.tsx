import { useSyncExternalStore } from 'react';
import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { setLiveRouter } from '../../../lib/router-state';
import { useUrlDefaults } from './use-url-defaults';

/** The page's data: arrives later (its queries load), like the monthly report's. */
const data = (() => {
  let current: Record<string, string> | undefined;
  const listeners = new Set<() => void>();
  return {
    get: () => current,
    set(next: Record<string, string> | undefined) {
      current = next;
      for (const listener of listeners) listener();
    },
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
})();
const chooseDefaults = (defaults: Record<string, string>) => data.set(defaults);

function Page() {
  useUrlDefaults(useSyncExternalStore(data.subscribe, data.get));
  return <p>page A</p>;
}

function setup() {
  let finishLoading: (module: { Component: () => React.ReactNode }) => void = () => {};
  const router = createMemoryRouter(
    [
      { path: '/a', element: <Page /> },
      // a lazy page, as every page of the app is: the navigation stays pending until it loaded
      { path: '/b', lazy: () => new Promise((resolve) => (finishLoading = resolve)) },
    ],
    { initialEntries: ['/a'] },
  );
  setLiveRouter(router);
  render(<RouterProvider router={router} />);
  return { router, finishLoading: (m: { Component: () => React.ReactNode }) => finishLoading(m) };
}

afterEach(() => {
  setLiveRouter(undefined);
  data.set(undefined);
});

describe('useUrlDefaults', () => {
  it('writes the defaults into the address, replacing the entry', async () => {
    const { router } = setup();
    await act(async () => chooseDefaults({ space: 's1', month: '2022-10' }));
    expect(router.state.location.pathname).toBe('/a');
    expect(router.state.location.search).toBe('?space=s1&month=2022-10');
    expect(router.state.historyAction).toBe('REPLACE');
  });

  it('lets a link clicked just before the defaults arrived take the person away', async () => {
    const { router, finishLoading } = setup();
    // the click starts a navigation (its page still loading) and, in the same moment, the data
    // arrives: the page renders once more before React hears of the navigation
    await act(async () => {
      void router.navigate('/b');
      chooseDefaults({ space: 's1', month: '2022-10' });
    });
    await act(async () => finishLoading({ Component: () => <p>page B</p> }));
    expect(router.state.location.pathname).toBe('/b');
    expect(await screen.findByText('page B')).toBeTruthy();
  });
});
