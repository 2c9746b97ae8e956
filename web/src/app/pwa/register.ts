/**
 * Installs the service worker (src/service-worker/sw.ts, built to /sw.js) in production builds:
 * the app shell, my bookings and the desk page then work offline, read-only. A new version
 * installs in the background and waits; the update banner offers it, and once it has taken over
 * every open tab reloads (its old files are gone from the cache). Logging out, or anyone else
 * logging in, deletes the saved API answers.
 */
import { getToken, subscribeToken } from '../../lib/auth-token';
import type { DataCacheName, SwMessage } from '../../service-worker/messages';
import { offerUpdate } from './update-store';

const UPDATE_CHECK_MS = 60 * 60_000;

export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const container = navigator.serviceWorker;

  // the first worker taking over an uncontrolled page is no update: nothing to reload then
  let controlled = container.controller !== null;
  let reloading = false;
  container.addEventListener('controllerchange', () => {
    if (controlled && !reloading) {
      reloading = true;
      window.location.reload();
    }
    controlled = true;
  });

  const register = () => {
    container
      .register('/sw.js')
      .then((registration) => watchForUpdates(container, registration))
      .catch(() => {
        // no offline mode (private window, blocked): the app works online as before
      });
  };
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });

  let token = getToken();
  subscribeToken(() => {
    const now = getToken();
    if (now === token) return;
    token = now;
    void forgetSavedAnswers(container);
  });
}

function watchForUpdates(container: ServiceWorkerContainer, registration: ServiceWorkerRegistration) {
  if (registration.waiting && container.controller) offerUpdate(registration.waiting);
  registration.addEventListener('updatefound', () => {
    const next = registration.installing;
    next?.addEventListener('statechange', () => {
      // installed while another version controls the page: it waits for the person's choice
      if (next.state === 'installed' && container.controller) offerUpdate(next);
    });
  });
  // a page left open for days (the front desk, the board) still hears of a new version
  setInterval(() => void registration.update().catch(() => undefined), UPDATE_CHECK_MS);
}

/** Drops the saved API answers: the worker is told, and the page deletes the cache itself in case none runs. */
async function forgetSavedAnswers(container: ServiceWorkerContainer) {
  const message: SwMessage = { type: 'CLEAR_DATA' };
  container.controller?.postMessage(message);
  const data: DataCacheName = 'popdesk-data';
  if ('caches' in window) await caches.delete(data).catch(() => false);
}
