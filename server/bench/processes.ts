/** What the parts of `npm run bench` share about the processes they start and measure. */
import { readFileSync } from 'node:fs';

export { freePort } from '../../scripts/lib/http.js';

/** A line of progress, with the time of day. */
export const log = (msg: string) => process.stdout.write(`${new Date().toISOString().slice(11, 19)}  ${msg}\n`);

/** VmRSS and VmHWM (peak) of a process, in MB (Linux). */
export function memoryOf(pid: number): { rss: number; peak: number } | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
    return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
  } catch {
    return null;
  }
}
