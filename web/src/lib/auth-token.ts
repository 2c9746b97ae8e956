/**
 * The JWT lives in localStorage so that a reload keeps the user logged in. Everything that
 * needs to react to logging in or out subscribes here (React via `useToken`).
 */
import { useSyncExternalStore } from 'react';

const KEY = 'popdesk.token';
const listeners = new Set<() => void>();
let expired = false;

export function getToken(): string | null {
  try {
    return localStorage.getItem(KEY);
  } catch {
    return null;
  }
}

function write(token: string | null) {
  try {
    if (token) localStorage.setItem(KEY, token);
    else localStorage.removeItem(KEY);
  } catch {
    // storage unavailable (private mode): the session then lasts until reload
  }
}

export function setToken(token: string | null): void {
  write(token);
  expired = false;
  listeners.forEach((l) => l());
}

/** The server no longer accepts the token: forget it and remember why, so login can say so. */
export function expireSession(): void {
  write(null);
  expired = true;
  listeners.forEach((l) => l());
}
export const sessionExpired = () => expired;

function subscribe(listener: () => void) {
  listeners.add(listener);
  // another tab logging in or out
  const onStorage = (e: StorageEvent) => e.key === KEY && listener();
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

/** Calls `listener` whenever the token may have changed (login, logout, expiry, another tab); returns the unsubscribe. */
export const subscribeToken = subscribe;

export const useToken = () => useSyncExternalStore(subscribe, getToken, () => null);
export const useIsLoggedIn = () => useToken() !== null;
