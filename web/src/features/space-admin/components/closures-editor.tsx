import { useTranslation } from 'react-i18next';
import type { SpaceDetail } from '@popdesk/shared';
import { Alert } from '../../../components/ui/alert';
import { useFormat } from '../../../lib/use-format';
import { useProblemMessage } from '../../../lib/problem-message';
import { useClosuresEditor } from '../hooks/use-closures-editor';
import { AddClosureForm } from './add-closure-form';
import { ClosureList } from './closure-list';
import { HolidaySuggestions } from './holiday-suggestions';
import styles from './space-admin.module.css';

interface Props {
  space: Pick<SpaceDetail, 'id' | 'opensOn' | 'closesOn' | 'closures'>;
  today: string;
  onChanged?: () => void;
}

/** Days the space stays shut: one by one, or the state's public holidays as suggestions. */
export function ClosuresEditor({ space, today, onChanged }: Props) {
  const { t } = useTranslation();
  const f = useFormat();
  const problem = useProblemMessage();
  const { add, remove, affected, addingAll, addAll, closed } = useClosuresEditor(space.id, space.closures, onChanged);

  const sorted = [...space.closures].sort((a, b) => a.date.localeCompare(b.date));
  const upcoming = sorted.filter((c) => c.date >= today);
  const past = sorted.filter((c) => c.date < today).reverse();
  const removing = remove.isPending ? remove.variables : null;
  const list = (items: typeof sorted) => (
    <ClosureList items={items} removing={removing} onRemove={(d) => remove.mutate(d)} />
  );

  return (
    <section aria-labelledby="closures-heading" className={`card ${styles.section}`}>
      <h2 id="closures-heading">{t('spaceAdmin.closures.heading')}</h2>
      <p className="muted">{t('spaceAdmin.closures.intro')}</p>
      {affected && (
        <Alert tone="warn" title={t('spaceAdmin.closures.affectedTitle')}>
          <p>
            {t('spaceAdmin.closures.affected', {
              count: affected.affectedBookings ?? 0,
              date: f.dayLong(affected.date),
            })}
          </p>
        </Alert>
      )}
      {(add.error != null || remove.error != null) && (
        <Alert tone="error" title={t('spaceAdmin.closures.failed')}>
          <p>{problem(add.error ?? remove.error)}</p>
        </Alert>
      )}

      <h3>{t('spaceAdmin.closures.upcoming')}</h3>
      {upcoming.length === 0 ? <p className="muted">{t('spaceAdmin.closures.none')}</p> : list(upcoming)}
      {past.length > 0 && (
        <details className={styles.past}>
          <summary>{t('spaceAdmin.closures.past', { count: past.length })}</summary>
          {list(past)}
        </details>
      )}

      <AddClosureForm today={today} add={add} />

      <HolidaySuggestions
        space={space}
        today={today}
        closed={closed}
        busyDate={add.isPending ? (add.variables?.date ?? null) : null}
        addingAll={addingAll}
        onAdd={(d, name) => add.mutate({ date: d, reason: name })}
        onAddAll={addAll}
      />
    </section>
  );
}
