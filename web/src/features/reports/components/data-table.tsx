import type { ReactNode } from 'react';
import styles from './reports.module.css';

/** A data table with a caption, scrolling sideways on narrow screens (and reachable by keyboard then). */
export function DataTable({
  id,
  caption,
  head,
  rows,
  stickyFirst = false,
  footer,
}: {
  id: string;
  caption: string;
  head: ReactNode[];
  rows: ReactNode[][];
  /** Keep the row heads in view while a wide table scrolls sideways. */
  stickyFirst?: boolean;
  /** A last row set apart (totals). */
  footer?: ReactNode[];
}) {
  const cells = (r: ReactNode[]) =>
    r.map((cell, j) =>
      j === 0 ? (
        <th key={j} scope="row">
          {cell}
        </th>
      ) : (
        <td key={j} className="num">
          {cell}
        </td>
      ),
    );
  return (
    <div className="table-scroll" role="region" aria-labelledby={`${id}-caption`} tabIndex={0}>
      <table className={`data-table ${stickyFirst ? styles.stickyFirst : ''}`} id={id}>
        <caption id={`${id}-caption`}>{caption}</caption>
        <thead>
          <tr>
            {head.map((h, i) => (
              <th key={i} scope="col" className={i > 0 ? 'num' : undefined}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={i}>{cells(r)}</tr>
          ))}
        </tbody>
        {footer && (
          <tfoot className={styles.totals}>
            <tr>{cells(footer)}</tr>
          </tfoot>
        )}
      </table>
    </div>
  );
}
