/** Types of build-stamp.mjs (plain JavaScript, so that build scripts run without a compiler). */
export interface BuildTarget {
  /** folders and files, relative to the repository root */
  inputs: string[];
  /** a file the build writes; its absence makes the target stale */
  output: string;
}
export const repoRoot: string;
export const TARGETS: Record<'web' | 'server' | 'pglite-template', BuildTarget>;
export function inputsHash(root: string, inputs: string[]): string;
export function readStamp(root: string, name: string): string | null;
export function writeStamp(root: string, name: string, hash: string): void;
export function staleness(root: string, name: string, target?: BuildTarget): { stale: boolean; hash: string };
export function buildAndStamp(
  root: string,
  name: string,
  build: () => Promise<void> | void,
  target?: BuildTarget,
): Promise<void>;
export function buildStale(root?: string, log?: (message: string) => void): Promise<string[]>;
