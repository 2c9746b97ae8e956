import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Desk } from '@popdesk/shared';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { useAnnounce } from '../../../components/ui/live-region';
import { useProblemMessage } from '../../../lib/problem-message';
import { useCreateDesk } from '../api/create-desk';
import { useDeskDraft } from '../hooks/use-desk-draft';
import { deskState } from '../utils/desk-form';
import { DeskFields } from './desk-fields';
import { DeskRow } from './desk-row';
import styles from './space-admin.module.css';

interface Props {
  spaceId: string;
  desks: Desk[];
  /** Today in the space's zone: whether a desk is in use now. */
  today: string;
  onChanged?: () => void;
}

/**
 * The desks, and apart from them the rooms and tables (with seats): rename them, change their kind
 * and a desk's features, and set the dates they are in use. Desks with bookings stay for the
 * records, so a desk is retired by giving it a last day rather than deleted.
 */
export function DesksEditor({ spaceId, desks, today, onChanged }: Props) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const problem = useProblemMessage();
  const draft = useDeskDraft();
  const create = useCreateDesk(spaceId, {
    onSuccess: (desk) => {
      announce(t('spaceAdmin.desks.added', { name: desk.name }));
      draft.clear();
      onChanged?.();
    },
  });

  // rooms and tables are not desks: listed apart, and not in the desk count (nor the reports' desk-hours)
  const rooms = desks.filter((d) => d.kind === 'room');
  const onlyDesks = desks.filter((d) => d.kind !== 'room');
  const list = (places: Desk[]) => (
    <ul className={styles.deskList}>
      {places.map((d) => (
        <li key={d.id}>
          <DeskRow desk={d} state={deskState(d, today)} onSaved={onChanged} />
        </li>
      ))}
    </ul>
  );

  function add(e: FormEvent) {
    e.preventDefault();
    create.reset();
    const body = draft.check();
    if (body) create.mutate(body);
  }

  return (
    <section aria-labelledby="desks-heading" className={`card ${styles.section}`}>
      <h2 id="desks-heading">
        {t('spaceAdmin.desks.heading')} <span className={styles.count}>({onlyDesks.length})</span>
      </h2>
      <p className="muted">{t('spaceAdmin.desks.intro')}</p>
      {onlyDesks.length === 0 ? <p>{t('spaceAdmin.desks.none')}</p> : list(onlyDesks)}
      {rooms.length > 0 && (
        <>
          <h3 id="rooms-heading" className={styles.roomsHeading}>
            {t('spaceAdmin.rooms.heading')} <span className={styles.count}>({rooms.length})</span>
          </h3>
          <p className="muted">{t('spaceAdmin.rooms.intro')}</p>
          {list(rooms)}
        </>
      )}

      <form onSubmit={add} noValidate className={styles.addDesk} aria-labelledby="add-desk-heading">
        <h3 id="add-desk-heading">{t('spaceAdmin.desks.addHeading')}</h3>
        {create.error != null && (
          <Alert tone="error" title={t('spaceAdmin.desks.addFailed')}>
            <p>{problem(create.error)}</p>
          </Alert>
        )}
        <DeskFields
          values={draft.values}
          invalid={draft.invalid}
          onChange={draft.set}
          onToggleFeature={draft.toggleFeature}
          adding
        />
        <Button type="submit" busy={create.isPending}>
          {t('spaceAdmin.desks.add')}
        </Button>
      </form>
    </section>
  );
}
