import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Desk } from '@popdesk/shared';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { useAnnounce } from '../../../components/ui/live-region';
import { useFormat } from '../../../lib/use-format';
import { DeskFeatureBadges } from '../../../lib/desk-features';
import { useProblemMessage } from '../../../lib/problem-message';
import { useUpdateDesk } from '../api/update-desk';
import { useDeskDraft } from '../hooks/use-desk-draft';
import { deskChanged, type DeskState } from '../utils/desk-form';
import { DeskFields } from './desk-fields';
import styles from './space-admin.module.css';

const stateBadge: Record<DeskState, string> = {
  active: 'badge-success',
  upcoming: 'badge-info',
  retired: 'badge-neutral',
};

/** One desk: its state and period, and its name and dates to change. */
export function DeskRow({ desk, state, onSaved }: { desk: Desk; state: DeskState; onSaved?: () => void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const announce = useAnnounce();
  const problem = useProblemMessage();
  const draft = useDeskDraft(desk);
  const update = useUpdateDesk({
    onSuccess: (saved) => {
      announce(t('spaceAdmin.desks.saved', { name: saved.name }));
      onSaved?.();
    },
  });
  const headingId = `desk-${desk.id}`;

  function save(e: FormEvent) {
    e.preventDefault();
    const body = draft.check();
    if (body) update.mutate({ deskId: desk.id, body });
  }

  const period =
    desk.activeFrom || desk.activeUntil
      ? [
          desk.activeFrom && t('spaceAdmin.desks.from', { date: f.date(desk.activeFrom) }),
          desk.activeUntil && t('spaceAdmin.desks.until', { date: f.date(desk.activeUntil) }),
        ]
          .filter(Boolean)
          .join(' ')
      : t('spaceAdmin.desks.always');

  return (
    <form onSubmit={save} noValidate className={styles.deskRow} aria-labelledby={headingId}>
      <div className={styles.deskHead}>
        <h3 id={headingId} className={styles.deskName}>
          {desk.name}
        </h3>
        {desk.kind === 'room' && (
          <span className="badge badge-info">
            {desk.seats != null ? t('spaceAdmin.rooms.badgeSeats', { count: desk.seats }) : t('spaceAdmin.rooms.badge')}
          </span>
        )}
        <span className={`badge ${stateBadge[state]}`}>{t(`spaceAdmin.desks.state.${state}`)}</span>
        <span className="muted">{period}</span>
      </div>
      {desk.kind === 'desk' && <DeskFeatureBadges features={desk.features} showNone />}
      {update.error != null && (
        <Alert tone="error" title={t('spaceAdmin.desks.saveFailed')}>
          <p>{problem(update.error)}</p>
        </Alert>
      )}
      <DeskFields
        values={draft.values}
        invalid={draft.invalid}
        onChange={draft.set}
        onToggleFeature={draft.toggleFeature}
      >
        <Button
          type="submit"
          variant="secondary"
          busy={update.isPending}
          disabled={!deskChanged(draft.values, desk)}
          className={styles.deskSave}
          aria-describedby={headingId}
        >
          {t('spaceAdmin.desks.save')}
        </Button>
      </DeskFields>
    </form>
  );
}
