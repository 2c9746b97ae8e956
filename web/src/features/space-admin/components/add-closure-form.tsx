import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CLOSURE_REASON_MAX, type CreateClosureBody } from '@popdesk/shared';
import { Button } from '../../../components/ui/button';
import { CheckboxField, TextField } from '../../../components/ui/field';
import { isValidDate } from '../../../lib/dates';
import type { useAddClosure } from '../api/add-closure';
import { datesBetween, pastMonths } from '../utils/closure-groups';
import { PastClosureDialog } from './past-closure-dialog';
import styles from './space-admin.module.css';

type Errors = Partial<Record<'date' | 'until' | 'window', string>>;

/**
 * One closure day or a range ("23.12.–1.1." in one action), the whole day or from–to; a date
 * before today is only sent after the person confirms that past reports will change.
 */
export function AddClosureForm({ today, add }: { today: string; add: ReturnType<typeof useAddClosure> }) {
  const { t } = useTranslation();
  const [date, setDate] = useState('');
  const [until, setUntil] = useState('');
  const [partial, setPartial] = useState(false);
  const [starts, setStarts] = useState('');
  const [ends, setEnds] = useState('');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [confirming, setConfirming] = useState<{ body: CreateClosureBody; months: string[] } | null>(null);

  function reset() {
    setDate('');
    setUntil('');
    setPartial(false);
    setStarts('');
    setEnds('');
    setReason('');
  }

  function send(body: CreateClosureBody) {
    add.mutate(body, {
      onSuccess: () => {
        setConfirming(null);
        reset();
      },
      onError: () => setConfirming(null),
    });
  }

  function submit(e: FormEvent) {
    e.preventDefault();
    const next: Errors = {};
    if (!isValidDate(date)) next.date = t('spaceAdmin.closures.dateRequired');
    if (until && (!isValidDate(until) || until < date)) next.until = t('spaceAdmin.closures.untilInvalid');
    if (partial && !(starts && ends && starts < ends)) next.window = t('spaceAdmin.closures.windowInvalid');
    setErrors(next);
    if (Object.keys(next).length > 0) return;
    const body: CreateClosureBody = {
      date,
      reason: reason.trim() || null,
      ...(until && until !== date ? { until } : {}),
      ...(partial ? { starts, ends } : {}),
    };
    const months = pastMonths(datesBetween(date, until || date), today);
    if (months.length > 0) setConfirming({ body, months });
    else send(body);
  }

  return (
    <>
      <form onSubmit={submit} noValidate className={styles.inlineForm} aria-labelledby="add-closure-heading">
        <h3 id="add-closure-heading">{t('spaceAdmin.closures.addHeading')}</h3>
        <p className="muted">{t('spaceAdmin.closures.addIntro')}</p>
        <div className={styles.closureDates}>
          <TextField
            type="date"
            label={t('spaceAdmin.closures.date')}
            value={date}
            onChange={(e) => setDate(e.target.value)}
            error={errors.date}
            required
          />
          <TextField
            type="date"
            label={t('spaceAdmin.closures.until')}
            hint={t('spaceAdmin.closures.untilHint')}
            value={until}
            min={date || undefined}
            onChange={(e) => setUntil(e.target.value)}
            error={errors.until}
          />
        </div>
        <CheckboxField
          label={t('spaceAdmin.closures.partial')}
          checked={partial}
          onChange={(e) => setPartial(e.target.checked)}
        />
        {partial && (
          <div className={styles.closureDates}>
            <TextField
              type="time"
              label={t('spaceAdmin.closures.starts')}
              value={starts}
              onChange={(e) => setStarts(e.target.value)}
              error={errors.window}
              required
            />
            <TextField
              type="time"
              label={t('spaceAdmin.closures.ends')}
              value={ends}
              onChange={(e) => setEnds(e.target.value)}
              required
            />
          </div>
        )}
        <TextField
          label={t('spaceAdmin.closures.reason')}
          hint={t('spaceAdmin.closures.reasonHint')}
          value={reason}
          maxLength={CLOSURE_REASON_MAX}
          onChange={(e) => setReason(e.target.value)}
        />
        <Button type="submit" busy={add.isPending && !add.variables?.confirmPast}>
          {t('spaceAdmin.closures.add')}
        </Button>
      </form>
      <PastClosureDialog
        open={confirming !== null}
        months={confirming?.months ?? []}
        mode="add"
        busy={add.isPending}
        onCancel={() => setConfirming(null)}
        onConfirm={() => confirming && send({ ...confirming.body, confirmPast: true })}
      />
    </>
  );
}
