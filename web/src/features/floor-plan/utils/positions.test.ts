import { describe, expect, it } from 'vitest';
import { checkPlanFile, megabytes, planTypeOf } from './plan-file';
import { moveByKey, newPlace, point, pointAt } from './positions';

describe('places on the plan', () => {
  it('moves by 1 % with an arrow key and 5 % with Shift, never off the plan', () => {
    expect(moveByKey(point(0.5, 0.5), 'ArrowRight', false)).toEqual({ x: 0.51, y: 0.5 });
    expect(moveByKey(point(0.5, 0.5), 'ArrowUp', true)).toEqual({ x: 0.5, y: 0.45 });
    expect(moveByKey(point(0.98, 0.02), 'ArrowRight', true)).toEqual({ x: 1, y: 0.02 });
    expect(moveByKey(point(0.3, 0.3), 'ArrowLeft', false)).toEqual({ x: 0.29, y: 0.3 }); // no 0.29000000000000004
    expect(moveByKey(point(0.5, 0.5), 'a', false)).toBeNull();
  });

  it('reads a pointer against the plan box, clamped to its edges', () => {
    const box = { left: 100, top: 50, width: 400, height: 200 };
    expect(pointAt(300, 100, box)).toEqual({ x: 0.5, y: 0.25 });
    expect(pointAt(0, 1000, box)).toEqual({ x: 0, y: 1 });
    expect(pointAt(1, 1, { ...box, width: 0 })).toBeNull();
  });

  it('puts new desks around the middle, apart from each other', () => {
    const places = [0, 1, 2, 3].map(newPlace);
    expect(new Set(places.map((p) => `${p.x},${p.y}`)).size).toBe(4);
  });
});

describe('the plan file', () => {
  it('takes SVG and PNG, by type or by name, up to the limit', () => {
    expect(planTypeOf({ type: '', name: 'Plan.SVG' })).toBe('image/svg+xml');
    expect(checkPlanFile({ type: 'image/png', name: 'a.png', size: 1_000_000 })).toBeNull();
    expect(checkPlanFile({ type: 'image/png', name: 'a.png', size: 1_000_001 })).toEqual({
      kind: 'too-big',
      size: 1_000_001,
    });
    expect(checkPlanFile({ type: 'image/jpeg', name: 'a.jpg', size: 10 })).toEqual({ kind: 'wrong-type' });
    expect(checkPlanFile(null)).toEqual({ kind: 'none' });
    expect(megabytes(1_200_000, 'de')).toBe('1,2 MB');
  });
});
