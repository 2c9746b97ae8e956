/**
 * A new version of the app that is installed and waiting (its service worker), for the update
 * banner to offer. Registration (register.ts) puts it here; the banner reads it.
 */
import { useSyncExternalStore } from 'react';
import type { SwMessage } from '../../service-worker/messages';

/** The part of a waiting ServiceWorker used here. */
export interface WaitingWorker {
  postMessage(message: SwMessage): void;
}

let waiting: WaitingWorker | null = null;
const listeners = new Set<() => void>();

export function offerUpdate(worker: WaitingWorker | null): void {
  waiting = worker;
  listeners.forEach((l) => l());
}

/** Lets the waiting worker take over; the page reloads when it does (register.ts). */
export function applyUpdate(): void {
  waiting?.postMessage({ type: 'SKIP_WAITING' });
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export const useWaitingUpdate = () =>
  useSyncExternalStore(
    subscribe,
    () => waiting,
    () => null,
  );
