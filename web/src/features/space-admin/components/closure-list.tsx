import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button';
import { useFormat } from '../../../lib/use-format';
import type { ClosureTarget } from '../api/remove-closure';
import type { ClosureGroup } from '../utils/closure-groups';
import styles from './space-admin.module.css';

interface Props {
  groups: ClosureGroup[];
  /** The group or date being removed, if any. */
  removing: ClosureTarget | null;
  onRemove: (target: ClosureTarget) => void;
}

const isRemoving = (removing: ClosureTarget | null, target: ClosureTarget) =>
  removing !== null &&
  ('batchId' in removing
    ? 'batchId' in target && removing.batchId === target.batchId
    : 'date' in target && removing.date === target.date);

/** Closures grouped by the action that made them: a range is one entry, removable whole or by date. */
export function ClosureList({ groups, removing, onRemove }: Props) {
  const { t } = useTranslation();
  const f = useFormat();
  const period = (g: ClosureGroup) =>
    g.first === g.last ? f.dayShortYear(g.first) : `${f.dayShortYear(g.first)} – ${f.dayShortYear(g.last)}`;
  return (
    <ul className={styles.closureList}>
      {groups.map((g) => {
        const whole: ClosureTarget =
          g.batchId && g.dates.length > 1 ? { batchId: g.batchId, dates: g.dates } : { date: g.first };
        return (
          <li key={g.key}>
            <span>
              <strong>{period(g)}</strong>
              {g.starts && <span> · {t('spaceAdmin.closures.window', { starts: g.starts, ends: g.ends })}</span>}
              {g.dates.length > 1 && (
                <span className="muted"> · {t('spaceAdmin.closures.days', { count: g.dates.length })}</span>
              )}
              {g.reason && <span className="muted"> · {g.reason}</span>}
            </span>
            <Button
              variant="ghost"
              size="small"
              busy={isRemoving(removing, whole)}
              aria-label={
                g.dates.length > 1
                  ? t('spaceAdmin.closures.removeRangeNamed', { period: period(g) })
                  : t('spaceAdmin.closures.removeNamed', { date: f.dayLong(g.first) })
              }
              onClick={() => onRemove(whole)}
            >
              {t(g.dates.length > 1 ? 'spaceAdmin.closures.removeRange' : 'spaceAdmin.closures.remove')}
            </Button>
            {g.dates.length > 1 && (
              <details className={styles.closureDays}>
                <summary>{t('spaceAdmin.closures.singleDays')}</summary>
                <ul>
                  {g.dates.map((d) => (
                    <li key={d}>
                      <span>{f.dayShortYear(d)}</span>
                      <Button
                        variant="ghost"
                        size="small"
                        busy={isRemoving(removing, { date: d })}
                        aria-label={t('spaceAdmin.closures.removeNamed', { date: f.dayLong(d) })}
                        onClick={() => onRemove({ date: d })}
                      >
                        {t('spaceAdmin.closures.remove')}
                      </Button>
                    </li>
                  ))}
                </ul>
              </details>
            )}
          </li>
        );
      })}
    </ul>
  );
}
