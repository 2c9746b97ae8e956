import { vi } from 'vitest';

/** jsdom lays nothing out: a ResizeObserver that reports a fixed size, so that the charts draw. */
class FixedSizeObserver implements ResizeObserver {
  constructor(private readonly callback: ResizeObserverCallback) {}
  observe() {
    this.callback([{ contentRect: { width: 640, height: 260 } } as ResizeObserverEntry], this);
  }
  unobserve() {}
  disconnect() {}
}

/** Call in beforeEach; undo with `vi.unstubAllGlobals()` in afterEach. */
export const stubChartSize = () => vi.stubGlobal('ResizeObserver', FixedSizeObserver);
