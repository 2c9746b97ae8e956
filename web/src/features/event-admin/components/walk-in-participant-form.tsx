import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { NAME_MAX } from '@popdesk/shared';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { TextField } from '../../../components/ui/field';
import { useAnnounce } from '../../../components/ui/live-region';
import { useAddWalkIn } from '../api/registration-actions';
import { useEventProblem } from '../hooks/use-event-problem';
import styles from './event-admin.module.css';

/** Someone came without registering: staff add them by name, checked in at once (while places are left). */
export function WalkInParticipantForm({ eventId, full }: { eventId: string; full: boolean }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const problem = useEventProblem();
  const [name, setName] = useState('');
  const [missing, setMissing] = useState(false);
  const add = useAddWalkIn(eventId, (added) => {
    announce(t('eventAdmin.walkIn.added', { name: added.trim() }));
    setName('');
  });

  function submit(e: FormEvent) {
    e.preventDefault();
    add.reset();
    setMissing(!name.trim());
    if (name.trim()) add.mutate(name);
  }

  return (
    <form onSubmit={submit} noValidate aria-labelledby="walk-in-heading" className={`card no-print ${styles.walkIn}`}>
      <h2 id="walk-in-heading">{t('eventAdmin.walkIn.heading')}</h2>
      <p className="muted">{full ? t('eventAdmin.walkIn.full') : t('eventAdmin.walkIn.intro')}</p>
      {add.error != null && (
        <Alert tone="error" title={t('eventAdmin.walkIn.failed')}>
          <p>{problem(add.error)}</p>
        </Alert>
      )}
      <TextField
        label={t('eventAdmin.walkIn.name')}
        value={name}
        maxLength={NAME_MAX}
        autoComplete="off"
        onChange={(e) => setName(e.target.value)}
        error={missing ? t('eventAdmin.walkIn.nameRequired') : null}
        required
      />
      <Button type="submit" busy={add.isPending} disabled={full}>
        {t('eventAdmin.walkIn.submit')}
      </Button>
    </form>
  );
}
