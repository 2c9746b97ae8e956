/**
 * One row of the table `npm run bench` prints (bench/run.ts). Each part of the bench (start-up and
 * memory, the web app, reports, the API loads) returns its rows in this shape, so that one run
 * prints one table.
 */
export interface BenchRow {
  measurement: string;
  result: string;
  p50?: string;
  p99?: string;
  /** e.g. "0.74 of bare Fastify" — the figure the target is about, where there is a baseline */
  ratio?: string;
  target?: string;
  /** whether the target is met; undefined where there is no target */
  met?: boolean;
  /** anything that went wrong on the way (non-2xx answers, errors) */
  note?: string;
}
