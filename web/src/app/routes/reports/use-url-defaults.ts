import { useEffect } from 'react';
import { useLocation, useNavigation, useSearchParams } from 'react-router';
import { routerMovedOn } from '../../../lib/router-state';

/**
 * Writes the defaults a page chose (the last complete month, a space's life) into the address,
 * replacing the entry rather than adding one: a link copied from the address bar shows the same
 * month next month too, and back still leads to the page before. Values already present are kept.
 * Nothing is written while the app is on its way to another page (a lazy route still loading):
 * that would take the person back here. That is checked when the effect runs, not only when the
 * page rendered: a link clicked between the two (the page's data had just arrived) starts a
 * navigation that React has not rendered yet, and writing then would cancel it — the click would
 * do nothing.
 */
export function useUrlDefaults(defaults: Record<string, string | null | undefined> | undefined) {
  const [params, setParams] = useSearchParams();
  const idle = useNavigation().state === 'idle';
  const locationKey = useLocation().key;
  const missing = defaults
    ? Object.entries(defaults).filter((entry): entry is [string, string] => !!entry[1] && !params.get(entry[0]))
    : [];
  const key = missing.map(([k, v]) => `${k}=${v}`).join('&');
  useEffect(() => {
    if (!key || !idle || routerMovedOn(locationKey)) return;
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const pair of key.split('&')) {
          const [k, v] = pair.split('=') as [string, string];
          if (!next.get(k)) next.set(k, v);
        }
        return next;
      },
      { replace: true },
    );
  }, [key, idle, locationKey, setParams]);
}
