import { useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CLOSURE_REASON_MAX, type Closure, type SpaceDetail } from '@popdesk/shared';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { SelectField, TextField } from '../../../components/ui/field';
import { useAnnounce } from '../../../components/ui/live-region';
import { isValidDate } from '../../../lib/dates';
import { useLanguage } from '../../../lib/i18n';
import { useFormat } from '../../../lib/use-format';
import { useProblemMessage } from '../../../lib/problem-message';
import { useAddClosure } from '../api/add-closure';
import { useRemoveClosure } from '../api/remove-closure';
import { REGIONS, publicHolidays, rememberRegion, rememberedRegion, type PublicHoliday, type Region } from '../utils/holidays';
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
  const announce = useAnnounce();
  const problem = useProblemMessage();
  const [date, setDate] = useState('');
  const [reason, setReason] = useState('');
  const [dateError, setDateError] = useState(false);
  const [affected, setAffected] = useState<Closure | null>(null);
  const [addingAll, setAddingAll] = useState(false);
  const closed = useMemo(() => new Set(space.closures.map((c) => c.date)), [space.closures]);

  const add = useAddClosure(space.id, {
    onSuccess: (c) => {
      announce(t('spaceAdmin.closures.added', { date: f.dayLong(c.date) }));
      setAffected(c.affectedBookings ? c : null);
      onChanged?.();
    },
  });
  const remove = useRemoveClosure(space.id, {
    onSuccess: (d) => {
      announce(t('spaceAdmin.closures.removed', { date: f.dayLong(d) }));
      onChanged?.();
    },
  });

  /** One closure after the other (each is its own request); stops at the first refusal. */
  async function addAll(holidays: PublicHoliday[]) {
    setAddingAll(true);
    try {
      for (const h of holidays) await add.mutateAsync({ date: h.date, reason: h.name });
    } catch {
      // the error is shown from the mutation's state
    } finally {
      setAddingAll(false);
    }
  }

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

  const sorted = [...space.closures].sort((a, b) => a.date.localeCompare(b.date));
  const upcoming = sorted.filter((c) => c.date >= today);
  const past = sorted.filter((c) => c.date < today).reverse();

  const list = (items: Closure[]) => (
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
            busy={remove.isPending && remove.variables === c.date}
            aria-label={t('spaceAdmin.closures.removeNamed', { date: f.dayLong(c.date) })}
            onClick={() => remove.mutate(c.date)}
          >
            {t('spaceAdmin.closures.remove')}
          </Button>
        </li>
      ))}
    </ul>
  );

  return (
    <section aria-labelledby="closures-heading" className={`card ${styles.section}`}>
      <h2 id="closures-heading">{t('spaceAdmin.closures.heading')}</h2>
      <p className="muted">{t('spaceAdmin.closures.intro')}</p>
      {affected && (
        <Alert tone="warn" title={t('spaceAdmin.closures.affectedTitle')}>
          <p>{t('spaceAdmin.closures.affected', { count: affected.affectedBookings ?? 0, date: f.dayLong(affected.date) })}</p>
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

      <form onSubmit={submit} noValidate className={styles.inlineForm} aria-labelledby="add-closure-heading">
        <h3 id="add-closure-heading">{t('spaceAdmin.closures.addHeading')}</h3>
        <div className={styles.closureFields}>
          <TextField type="date" label={t('spaceAdmin.closures.date')} value={date} min={today} onChange={(e) => setDate(e.target.value)} error={dateError ? t('spaceAdmin.closures.dateRequired') : null} required />
          <TextField label={t('spaceAdmin.closures.reason')} hint={t('spaceAdmin.closures.reasonHint')} value={reason} maxLength={CLOSURE_REASON_MAX} onChange={(e) => setReason(e.target.value)} />
        </div>
        <Button type="submit" busy={add.isPending && add.variables?.date === date}>
          {t('spaceAdmin.closures.add')}
        </Button>
      </form>

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

function HolidaySuggestions({
  space,
  today,
  closed,
  busyDate,
  addingAll,
  onAdd,
  onAddAll,
}: {
  space: Props['space'];
  today: string;
  closed: Set<string>;
  busyDate: string | null;
  addingAll: boolean;
  onAdd: (date: string, name: string) => void;
  onAddAll: (holidays: PublicHoliday[]) => void;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const lng = useLanguage();
  const headingId = useId();
  const thisYear = Number(today.slice(0, 4));
  const [region, setRegion] = useState<Region | ''>(() => rememberedRegion(space.id) ?? '');
  const [year, setYear] = useState(thisYear);
  const inLife = (d: string) => (!space.opensOn || d >= space.opensOn) && (!space.closesOn || d <= space.closesOn);
  const holidays = region ? publicHolidays(year, region, lng).filter((h) => h.date >= today && inLife(h.date)) : [];
  const open = holidays.filter((h) => !closed.has(h.date));

  return (
    <section aria-labelledby={headingId} className={styles.holidays}>
      <h3 id={headingId}>{t('spaceAdmin.closures.holidaysHeading')}</h3>
      <p className="muted">{t('spaceAdmin.closures.holidaysIntro')}</p>
      <div className={styles.closureFields}>
        <SelectField
          label={t('spaceAdmin.closures.region')}
          value={region}
          onChange={(e) => {
            const r = e.target.value as Region;
            setRegion(r);
            rememberRegion(space.id, r);
          }}
        >
          <option value="">{t('spaceAdmin.closures.chooseRegion')}</option>
          {REGIONS.map((r) => (
            <option key={r} value={r}>
              {t(`regions.${r}`)}
            </option>
          ))}
        </SelectField>
        <SelectField label={t('spaceAdmin.closures.year')} value={String(year)} onChange={(e) => setYear(Number(e.target.value))}>
          {[thisYear, thisYear + 1].map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </SelectField>
      </div>
      {region && holidays.length === 0 && <p className="muted">{t('spaceAdmin.closures.noHolidays')}</p>}
      {holidays.length > 0 && (
        <>
          <ul className={styles.closureList}>
            {holidays.map((h) => (
              <li key={h.date}>
                <span>
                  <strong>{f.dayShortYear(h.date)}</strong> · {h.name}
                </span>
                {closed.has(h.date) ? (
                  <span className="badge badge-neutral">{t('spaceAdmin.closures.alreadyClosed')}</span>
                ) : (
                  <Button variant="secondary" size="small" busy={busyDate === h.date} disabled={busyDate !== null && busyDate !== h.date} aria-label={t('spaceAdmin.closures.closeOnNamed', { name: h.name, date: f.date(h.date) })} onClick={() => onAdd(h.date, h.name)}>
                    {t('spaceAdmin.closures.closeOn')}
                  </Button>
                )}
              </li>
            ))}
          </ul>
          {open.length > 1 && (
            <Button variant="secondary" busy={addingAll} disabled={busyDate !== null} onClick={() => onAddAll(open)}>
              {t('spaceAdmin.closures.closeAll', { count: open.length })}
            </Button>
          )}
        </>
      )}
    </section>
  );
}
