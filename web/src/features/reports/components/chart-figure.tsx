import type { ReactNode } from 'react';
import { PrintSizeContext, type PrintSize } from '../hooks/use-chart-size';
import styles from './reports.module.css';

interface Props {
  id: string;
  title: string;
  summary: string;
  tableHref?: string;
  tableLabel?: string;
  children: ReactNode;
  className?: string;
  print?: PrintSize;
}

/** A titled chart with its plain-language summary as caption. */
export function ChartFigure({ id, title, summary, tableHref, tableLabel, children, className, print = 'half' }: Props) {
  return (
    <figure
      className={`card ${styles.figure} ${print === 'full' ? styles.printFull : ''} ${className ?? ''}`}
      aria-labelledby={`${id}-title`}
    >
      <h3 id={`${id}-title`} className={styles.figureTitle}>
        {title}
      </h3>
      <figcaption id={`${id}-summary`} className={styles.summary}>
        {summary}
      </figcaption>
      <div role="img" aria-labelledby={`${id}-title`} aria-describedby={`${id}-summary`} className={styles.chart}>
        <PrintSizeContext.Provider value={print}>{children}</PrintSizeContext.Provider>
      </div>
      {tableHref && tableLabel && (
        <p className={`${styles.tableLink} no-print`}>
          <a href={tableHref}>{tableLabel}</a>
        </p>
      )}
    </figure>
  );
}
