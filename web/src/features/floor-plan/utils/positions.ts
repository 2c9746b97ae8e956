/**
 * Places on the plan: fractions (0–1) of its width and height, as the API stores them. Moving by
 * keyboard goes in whole percent steps; a pointer's place is read against the plan's box.
 */
export interface PlanPoint {
  x: number;
  y: number;
}

/** Arrow keys move by 1 % of the plan, with Shift by 5 %. */
export const STEP = 0.01;
export const BIG_STEP = 0.05;

const clamp01 = (v: number) => Math.min(1, Math.max(0, v));
/** Four decimals: finer than any screen, and no float noise like 0.30000000000000004 on the wire. */
const tidy = (v: number) => Math.round(clamp01(v) * 10_000) / 10_000;

export const point = (x: number, y: number): PlanPoint => ({ x: tidy(x), y: tidy(y) });

/** Where an arrow key moves a point (null: not an arrow key). */
export function moveByKey(p: PlanPoint, key: string, shift: boolean): PlanPoint | null {
  const step = shift ? BIG_STEP : STEP;
  const [dx, dy] =
    key === 'ArrowLeft'
      ? [-step, 0]
      : key === 'ArrowRight'
        ? [step, 0]
        : key === 'ArrowUp'
          ? [0, -step]
          : key === 'ArrowDown'
            ? [0, step]
            : [null, null];
  if (dx === null || dy === null) return null;
  return point(p.x + dx, p.y + dy);
}

/** The point under a pointer, in the plan's box (clamped to its edges). */
export function pointAt(clientX: number, clientY: number, box: Pick<DOMRect, 'left' | 'top' | 'width' | 'height'>) {
  if (box.width <= 0 || box.height <= 0) return null;
  return point((clientX - box.left) / box.width, (clientY - box.top) / box.height);
}

/** Whole percent, as said and shown. */
export const percent = (v: number) => Math.round(v * 100);

/** Where a desk newly put on the plan appears: staggered around the middle, so they do not hide each other. */
export function newPlace(index: number): PlanPoint {
  const ring = index % 9;
  return point(0.5 + ((ring % 3) - 1) * 0.08, 0.5 + (Math.floor(ring / 3) - 1) * 0.08);
}
