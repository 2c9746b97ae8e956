import { timeOptions } from '../utils/opening-hours-draft';
import styles from './space-admin.module.css';

const TIMES = timeOptions();

interface Props {
  id: string;
  /** The interval's name, read before the label by screen readers. */
  prefix: string;
  label: string;
  value: string;
  invalid: boolean;
  errorId: string;
  onChange: (v: string) => void;
}

export function TimeSelect({ id, prefix, label, value, invalid, errorId, onChange }: Props) {
  return (
    <div className={styles.timeField}>
      <label htmlFor={id}>
        <span className="visually-hidden">{prefix}: </span>
        {label}
      </label>
      {/* a list rather than <input type=time>: the same 24-hour format in every browser, and 24:00 */}
      <select
        id={id}
        value={value}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? errorId : undefined}
        onChange={(e) => onChange(e.target.value)}
      >
        {!TIMES.includes(value) && <option value={value}>{value}</option>}
        {TIMES.map((time) => (
          <option key={time} value={time}>
            {time}
          </option>
        ))}
      </select>
    </div>
  );
}
