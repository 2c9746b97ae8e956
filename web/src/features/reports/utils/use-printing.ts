/**
 * Whether the page is being printed. Charts draw at print size then: the browser lays the page out
 * for paper right after `beforeprint`, so the new size is rendered synchronously (flushSync) in it.
 * A print media query that starts matching (print emulation, some browsers) counts as well.
 */
import { useSyncExternalStore } from 'react';
import { flushSync } from 'react-dom';

let printing = false;
const listeners = new Set<() => void>();

function set(value: boolean) {
  if (printing === value) return;
  printing = value;
  flushSync(() => listeners.forEach((l) => l()));
}
const onBefore = () => set(true);
const onAfter = () => set(false);
const onMedia = (e: MediaQueryListEvent) => set(e.matches);

function subscribe(listener: () => void) {
  if (listeners.size === 0) {
    window.addEventListener('beforeprint', onBefore);
    window.addEventListener('afterprint', onAfter);
    if (typeof window.matchMedia === 'function') {
      const query = window.matchMedia('print');
      printing = query.matches;
      query.addEventListener?.('change', onMedia);
    }
  }
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      window.removeEventListener('beforeprint', onBefore);
      window.removeEventListener('afterprint', onAfter);
      if (typeof window.matchMedia === 'function') window.matchMedia('print').removeEventListener?.('change', onMedia);
    }
  };
}

export const usePrinting = () =>
  useSyncExternalStore(
    subscribe,
    () => printing,
    () => false,
  );
