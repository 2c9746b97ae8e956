import { useTranslation } from 'react-i18next';
import type { Closure } from '@popdesk/shared';
import { Button } from '../../../components/ui/button';
import { useFormat } from '../../../lib/use-format';
import styles from './space-admin.module.css';

interface Props {
  items: Closure[];
  /** The day whose closure is being removed, if any. */
  removing: string | null;
  onRemove: (date: string) => void;
}

export function ClosureList({ items, removing, onRemove }: Props) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <ul className={styles.closureList}>
      {items.map((c) => (
        <li key={c.date}>
          <span>
            <strong>{f.dayShortYear(c.date)}</strong>
            {c.reason && <span className="muted"> · {c.reason}</span>}
          </span>
          <Button
            variant="ghost"
            size="small"
            busy={removing === c.date}
            aria-label={t('spaceAdmin.closures.removeNamed', { date: f.dayLong(c.date) })}
            onClick={() => onRemove(c.date)}
          >
            {t('spaceAdmin.closures.remove')}
          </Button>
        </li>
      ))}
    </ul>
  );
}
