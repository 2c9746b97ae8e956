import { useEffect } from 'react';
import { useSearchParams } from 'react-router';

/**
 * Writes the defaults a page chose (the last complete month, a space's life) into the address,
 * replacing the entry rather than adding one: a link copied from the address bar shows the same
 * month next month too, and back still leads to the page before. Values already present are kept.
 */
export function useUrlDefaults(defaults: Record<string, string | null | undefined> | undefined) {
  const [params, setParams] = useSearchParams();
  const missing = defaults
    ? Object.entries(defaults).filter((entry): entry is [string, string] => !!entry[1] && !params.get(entry[0]))
    : [];
  const key = missing.map(([k, v]) => `${k}=${v}`).join('&');
  useEffect(() => {
    if (!key) return;
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
  }, [key, setParams]);
}
