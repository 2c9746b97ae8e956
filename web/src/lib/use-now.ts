import { useEffect, useState } from 'react';

/** The current time, refreshed every `intervalMs` (check-in windows, "open now", past slots). */
export function useNow(intervalMs = 30_000): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const id = setInterval(() => setNow(new Date()), intervalMs);
    return () => clearInterval(id);
  }, [intervalMs]);
  return now;
}
