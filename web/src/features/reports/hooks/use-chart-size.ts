import { createContext, useContext } from 'react';
import { usePrinting } from '../utils/use-printing';

/**
 * On paper (A4, two columns) a chart gets a fixed size instead of following the screen: full width
 * for `print="full"` figures, half otherwise.
 */
const PRINT_WIDTH = { half: 320, full: 670 } as const;
const PRINT_HEIGHT = 140;
/** Taller charts (many categories) shrink too, so that a report still fits one page. */
const PRINT_MAX_HEIGHT = 150;
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
