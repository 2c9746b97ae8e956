import { useTranslation } from 'react-i18next';
import type { SpaceDetail } from '@popdesk/shared';
import { Alert } from '../../../components/ui/alert';
import { ConfirmDialog } from '../../../components/ui/dialog';
import { useProblemMessage } from '../../../lib/problem-message';
import { useClosuresEditor } from '../hooks/use-closures-editor';
import { groupClosures, splitByToday } from '../utils/closure-groups';
import { AddClosureForm } from './add-closure-form';
import { AffectedBookings } from './affected-bookings';
import { ClosureList } from './closure-list';
import { HolidaySuggestions } from './holiday-suggestions';
import { PastClosureDialog } from './past-closure-dialog';
import styles from './space-admin.module.css';

interface Props {
  space: Pick<SpaceDetail, 'id' | 'timezone' | 'opensOn' | 'closesOn' | 'closures'>;
  today: string;
  onChanged?: () => void;
}

/** Days the space stays shut: single days, ranges, hours of a day, or the state's public holidays. */
export function ClosuresEditor({ space, today, onChanged }: Props) {
  const { t } = useTranslation();
  const problem = useProblemMessage();
  const editor = useClosuresEditor(space.id, space.closures, today, onChanged);
  const { add, remove, affected } = editor;
  const { upcoming, past } = splitByToday(groupClosures(space.closures), today);
  const removing = remove.isPending ? remove.variables : null;
  const list = (groups: typeof upcoming) => (
    <ClosureList groups={groups} removing={removing} onRemove={editor.askRemove} />
  );
  const dialogOpen = editor.toRemove !== null;

  return (
    <section aria-labelledby="closures-heading" className={`card ${styles.section}`}>
      <h2 id="closures-heading">{t('spaceAdmin.closures.heading')}</h2>
      <p className="muted">{t('spaceAdmin.closures.intro')}</p>
      {affected && (
        <AffectedBookings
          key={affected.batchId ?? affected.date}
          spaceId={space.id}
          timezone={space.timezone}
          created={affected}
          onDismiss={editor.dismissAffected}
        />
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
        closed={editor.closed}
        busyDate={add.isPending ? (add.variables?.date ?? null) : null}
        addingAll={editor.addingAll}
        onAdd={(d, name) => add.mutate({ date: d, reason: name })}
        onAddAll={editor.addAll}
      />

      {editor.removeMonths.length > 0 ? (
        <PastClosureDialog
          open={dialogOpen}
          months={editor.removeMonths}
          mode="remove"
          busy={remove.isPending}
          onConfirm={editor.confirmRemove}
          onCancel={editor.cancelRemove}
        />
      ) : (
        <ConfirmDialog
          open={dialogOpen}
          title={t('spaceAdmin.closures.removeTitle')}
          confirmLabel={t('spaceAdmin.closures.removeConfirm')}
          busy={remove.isPending}
          onConfirm={editor.confirmRemove}
          onCancel={editor.cancelRemove}
        >
          <p>
            {t('spaceAdmin.closures.removeText', {
              count: editor.toRemove && 'batchId' in editor.toRemove ? editor.toRemove.dates.length : 1,
            })}
          </p>
        </ConfirmDialog>
      )}
    </section>
  );
}
