import { useEffect, useMemo, useState } from 'react';

/** True once `active` has lasted `ms`: a comparison over many spaces and months takes seconds. */
export function useLasting(active: boolean, ms: number): boolean {
  // each change of `active` or `ms` starts a new wait; only the wait in force can have lasted
  const wait = useMemo(() => ({ active, ms }), [active, ms]);
  const [lasted, setLasted] = useState<typeof wait | null>(null);
  useEffect(() => {
    if (!wait.active) return;
    const timer = setTimeout(() => setLasted(wait), wait.ms);
    return () => clearTimeout(timer);
  }, [wait]);
  return lasted === wait;
}
