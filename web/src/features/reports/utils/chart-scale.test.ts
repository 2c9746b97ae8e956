import { describe, expect, it } from 'vitest';
import { ratioTicks } from './chart-scale';

describe('ratio axes', () => {
  it('run from 0 to the next tenth above the data, in even, round steps, never past 100 %', () => {
    expect(ratioTicks(0)).toEqual([0, 0.025, 0.05, 0.075, 0.1]);
    expect(ratioTicks(0.028)).toEqual([0, 0.025, 0.05, 0.075, 0.1]);
    expect(ratioTicks(0.479)).toEqual([0, 0.1, 0.2, 0.3, 0.4, 0.5]);
    expect(ratioTicks(0.795)).toEqual([0, 0.2, 0.4, 0.6, 0.8]);
    expect(ratioTicks(1)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
  });
});
