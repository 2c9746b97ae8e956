import { createContext, useContext } from 'react';
import { usePrinting } from '../utils/use-printing';

/**
 * On paper a chart is drawn at the width of an A4 page's text (the browser lays out for paper
 * right after `beforeprint`, before a resize observer could answer) and the print CSS lets the
 * drawing scale to the page's full width. Every chart prints at full width: half-width charts
 * were too small to read on paper. (`print="half"` is kept for figures that ask for it.)
 */
const PRINT_WIDTH = { half: 670, full: 670 } as const;
const PRINT_HEIGHT = 180;
/** Taller charts (many categories) shrink too, so that a page holds two or three of them. */
const PRINT_MAX_HEIGHT = 240;
export type PrintSize = keyof typeof PRINT_WIDTH;
export const PrintSizeContext = createContext<PrintSize>('half');

/** The chart's size: responsive on screen, fixed while printing. */
export function useChartSize(height: number) {
  const printing = usePrinting();
  const size = useContext(PrintSizeContext);
  return printing
    ? ({
        width: PRINT_WIDTH[size],
        height: Math.min(height, PRINT_MAX_HEIGHT, Math.max(PRINT_HEIGHT, height * 0.6)),
      } as const)
    : ({ responsive: true, style: { width: '100%', height } } as const);
}
