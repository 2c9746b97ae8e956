import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { NAME_MAX, type Availability, type User } from '@popdesk/shared';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { SelectField, TextField } from '../../../components/ui/field';
import { useAnnounce } from '../../../components/ui/live-region';
import { Skeleton } from '../../../components/ui/states';
import { UserPicker } from '../../../components/user-picker';
import { useFormat } from '../../../lib/use-format';
import { useNow } from '../../../lib/use-now';
import { useProblemMessage } from '../../../lib/problem-message';
import { uuid } from '../../../lib/uuid';
import { useCreateBooking } from '../api/create-booking';
import { defaultRange, deskFree, intervalAt, slotInstants } from '../utils/day';
import styles from './space-bookings.module.css';

interface Props {
  date: string;
  availability: Availability | undefined;
  /** Admins may search accounts; the API does not let staff do that. */
  canSearchUsers: boolean;
  onBooked?: () => void;
}

type Who = 'guest' | 'user';

/**
 * Record someone at a desk: a walk-in guest by name, or (admins) a registered person. Staff may
 * record times that have passed; the server still keeps bookings inside the opening hours.
 */
export function WalkInForm({ date, availability, canSearchUsers, onBooked }: Props) {
  const { t } = useTranslation();
  const f = useFormat();
  const announce = useAnnounce();
  const problem = useProblemMessage();
  const now = useNow(60_000).getTime();
  const ids = useId();
  const [who, setWho] = useState<Who>('guest');
  const [guestName, setGuestName] = useState('');
  const [user, setUser] = useState<User | null>(null);
  const [picked, setPicked] = useState<{ start: number; end: number } | null>(null);
  const [deskId, setDeskId] = useState('');
  const [errors, setErrors] = useState<{ who?: string; desk?: string; range?: string }>({});
  const [done, setDone] = useState<string | null>(null);
  const attempt = useRef<{ sig: string; key: string } | null>(null);
  const tz = availability?.timezone ?? 'Europe/Berlin';

  const create = useCreateBooking({
    onSuccess: (b) => {
      const message = t('frontDesk.walkIn.booked', { who: who === 'guest' ? guestName.trim() : (user?.name ?? ''), desk: b.deskName ?? '', range: f.timeRange(b.start, b.end, tz) });
      setDone(message);
      announce(message);
      setGuestName('');
      setUser(null);
      setDeskId('');
      attempt.current = null;
    },
    onSettled: onBooked,
  });

  if (!availability || availability.date !== date) return <Skeleton lines={4} height="2.5rem" label={t('frontDesk.walkIn.loading')} />;
  if (availability.open.length === 0 || availability.desks.length === 0) {
    return (
      <Alert tone="info" title={t('frontDesk.walkIn.heading')} live={false}>
        <p>{availability.open.length === 0 ? t('frontDesk.walkIn.closed') : t('frontDesk.walkIn.noDesks')}</p>
      </Alert>
    );
  }

  const range = picked ?? defaultRange(availability.open, now)!;
  const slots = slotInstants(availability.open);
  const starts = slots.filter((s) => intervalAt(availability.open, s));
  const interval = intervalAt(availability.open, range.start);
  const ends = slots.filter((s) => interval && s > range.start && s <= Date.parse(interval.end));
  const freeDesks = availability.desks.filter((d) => deskFree(d, range.start, range.end));

  function setStart(start: number) {
    const iv = intervalAt(availability!.open, start);
    const end = iv && range.end > start && range.end <= Date.parse(iv.end) ? range.end : iv ? Date.parse(iv.end) : start;
    setPicked({ start, end });
    create.reset();
  }

  function submit(e: FormEvent) {
    e.preventDefault();
    setDone(null);
    const found: typeof errors = {};
    if (who === 'guest' && !guestName.trim()) found.who = t('frontDesk.walkIn.nameRequired');
    if (who === 'user' && !user) found.who = t('frontDesk.walkIn.userRequired');
    if (!(range.end > range.start)) found.range = t('problems.end-before-start');
    if (!deskId) found.desk = t('frontDesk.walkIn.deskRequired');
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const body = {
      deskId,
      start: new Date(range.start).toISOString(),
      end: new Date(range.end).toISOString(),
      ...(who === 'guest' ? { guestName: guestName.trim() } : { userId: user!.id }),
    };
    const sig = JSON.stringify(body);
    if (attempt.current?.sig !== sig) attempt.current = { sig, key: uuid() };
    create.mutate({ body, idempotencyKey: attempt.current.key });
  }

  return (
    <form onSubmit={submit} noValidate className={`card ${styles.walkIn}`} aria-labelledby={`${ids}-heading`}>
      <h2 id={`${ids}-heading`}>{t('frontDesk.walkIn.heading')}</h2>
      <p className="muted">{t('frontDesk.walkIn.intro')}</p>
      {done && (
        <Alert tone="success" live={false}>
          <p>{done}</p>
        </Alert>
      )}
      {create.error != null && (
        <Alert tone="error" title={t('frontDesk.walkIn.failed')}>
          <p>{problem(create.error)}</p>
        </Alert>
      )}

      <fieldset>
        <legend>{t('frontDesk.walkIn.who')}</legend>
        <div className={styles.whoChoice}>
          <label className="check">
            <input type="radio" name={`${ids}-who`} checked={who === 'guest'} onChange={() => setWho('guest')} />
            <span>{t('frontDesk.walkIn.guest')}</span>
          </label>
          <label className="check">
            <input type="radio" name={`${ids}-who`} checked={who === 'user'} onChange={() => setWho('user')} />
            <span>{t('frontDesk.walkIn.registered')}</span>
          </label>
        </div>
      </fieldset>
      {who === 'guest' ? (
        <TextField label={t('frontDesk.walkIn.guestName')} value={guestName} maxLength={NAME_MAX} autoComplete="off" onChange={(e) => setGuestName(e.target.value)} error={errors.who} />
      ) : canSearchUsers ? (
        <>
          <UserPicker value={user} onChange={setUser} />
          {errors.who && <p className={styles.fieldError}>{errors.who}</p>}
        </>
      ) : (
        <Alert tone="info" live={false}>
          <p>{t('frontDesk.walkIn.staffCannotSearch')}</p>
        </Alert>
      )}

      <div className={styles.timeRow}>
        <SelectField label={t('booking.from')} value={String(range.start)} onChange={(e) => setStart(Number(e.target.value))}>
          {starts.map((s) => (
            <option key={s} value={s}>
              {f.time(s, tz)}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('booking.to')}
          value={String(range.end)}
          error={errors.range}
          onChange={(e) => {
            setPicked({ start: range.start, end: Number(e.target.value) });
            create.reset();
          }}
        >
          {ends.map((s) => (
            <option key={s} value={s}>
              {f.time(s, tz)}
            </option>
          ))}
        </SelectField>
      </div>
      <SelectField
        label={t('booking.desk')}
        hint={t('frontDesk.walkIn.freeCount', { count: freeDesks.length, total: availability.desks.length })}
        value={deskId}
        error={errors.desk}
        onChange={(e) => setDeskId(e.target.value)}
      >
        <option value="">{t('frontDesk.walkIn.chooseDesk')}</option>
        {availability.desks.map((d) => {
          const free = deskFree(d, range.start, range.end);
          return (
            <option key={d.deskId} value={d.deskId} disabled={!free}>
              {d.name} {free ? t('booking.deskFree') : t('booking.deskTaken')}
            </option>
          );
        })}
      </SelectField>
      {(who === 'guest' || canSearchUsers) && (
        <Button type="submit" busy={create.isPending} block>
          {t('frontDesk.walkIn.submit')}
        </Button>
      )}
    </form>
  );
}
