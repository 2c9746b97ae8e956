import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CLOSURE_REASON_MAX } from '@popdesk/shared';
import { Button } from '../../../components/ui/button';
import { TextField } from '../../../components/ui/field';
import { isValidDate } from '../../../lib/dates';
import type { useAddClosure } from '../api/add-closure';
import styles from './space-admin.module.css';

/** One closure day with its reason; emptied once the day is closed. */
export function AddClosureForm({ today, add }: { today: string; add: ReturnType<typeof useAddClosure> }) {
  const { t } = useTranslation();
  const [date, setDate] = useState('');
  const [reason, setReason] = useState('');
  const [dateError, setDateError] = useState(false);

  function submit(e: FormEvent) {
    e.preventDefault();
    if (!isValidDate(date)) return setDateError(true);
    setDateError(false);
    add.mutate(
      { date, reason: reason.trim() || null },
      {
        onSuccess: () => {
          setDate('');
          setReason('');
        },
      },
    );
  }

  return (
    <form onSubmit={submit} noValidate className={styles.inlineForm} aria-labelledby="add-closure-heading">
      <h3 id="add-closure-heading">{t('spaceAdmin.closures.addHeading')}</h3>
      <div className={styles.closureFields}>
        <TextField
          type="date"
          label={t('spaceAdmin.closures.date')}
          value={date}
          min={today}
          onChange={(e) => setDate(e.target.value)}
          error={dateError ? t('spaceAdmin.closures.dateRequired') : null}
          required
        />
        <TextField
          label={t('spaceAdmin.closures.reason')}
          hint={t('spaceAdmin.closures.reasonHint')}
          value={reason}
          maxLength={CLOSURE_REASON_MAX}
          onChange={(e) => setReason(e.target.value)}
        />
      </div>
      <Button type="submit" busy={add.isPending && add.variables?.date === date}>
        {t('spaceAdmin.closures.add')}
      </Button>
    </form>
  );
}
