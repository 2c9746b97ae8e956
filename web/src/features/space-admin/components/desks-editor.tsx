import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Desk } from '@popdesk/shared';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { TextField } from '../../../components/ui/field';
import { useAnnounce } from '../../../components/ui/live-region';
import { useFormat } from '../../../lib/use-format';
import { useProblemMessage } from '../../../lib/problem-message';
import { useCreateDesk } from '../api/create-desk';
import { useUpdateDesk } from '../api/update-desk';
import styles from './space-admin.module.css';

interface Props {
  spaceId: string;
  desks: Desk[];
  /** Today in the space's zone: whether a desk is in use now. */
  today: string;
  onChanged?: () => void;
}

type DeskState = 'active' | 'upcoming' | 'retired';
const deskState = (d: Pick<Desk, 'activeFrom' | 'activeUntil'>, today: string): DeskState =>
  d.activeFrom && d.activeFrom > today ? 'upcoming' : d.activeUntil && d.activeUntil < today ? 'retired' : 'active';
const stateBadge: Record<DeskState, string> = { active: 'badge-success', upcoming: 'badge-info', retired: 'badge-neutral' };

/**
 * The desks: rename them and set the dates they are in use. Desks with bookings stay for the
 * records, so a desk is retired by giving it a last day rather than deleted.
 */
export function DesksEditor({ spaceId, desks, today, onChanged }: Props) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const problem = useProblemMessage();
  const [name, setName] = useState('');
  const [from, setFrom] = useState('');
  const [until, setUntil] = useState('');
  const [invalid, setInvalid] = useState<'name' | 'until' | null>(null);
  const create = useCreateDesk(spaceId, {
    onSuccess: (desk) => {
      announce(t('spaceAdmin.desks.added', { name: desk.name }));
      setName('');
      setFrom('');
      setUntil('');
      onChanged?.();
    },
  });

  function add(e: FormEvent) {
    e.preventDefault();
    create.reset();
    if (!name.trim()) return setInvalid('name');
    if (from && until && until < from) return setInvalid('until');
    setInvalid(null);
    create.mutate({ name: name.trim(), activeFrom: from || null, activeUntil: until || null });
  }

  return (
    <section aria-labelledby="desks-heading" className={`card ${styles.section}`}>
      <h2 id="desks-heading">
        {t('spaceAdmin.desks.heading')} <span className={styles.count}>({desks.length})</span>
      </h2>
      <p className="muted">{t('spaceAdmin.desks.intro')}</p>
      {desks.length === 0 ? (
        <p>{t('spaceAdmin.desks.none')}</p>
      ) : (
        <ul className={styles.deskList}>
          {desks.map((d) => (
            <li key={d.id}>
              <DeskRow desk={d} state={deskState(d, today)} onSaved={onChanged} />
            </li>
          ))}
        </ul>
      )}

      <form onSubmit={add} noValidate className={styles.addDesk} aria-labelledby="add-desk-heading">
        <h3 id="add-desk-heading">{t('spaceAdmin.desks.addHeading')}</h3>
        {create.error != null && (
          <Alert tone="error" title={t('spaceAdmin.desks.addFailed')}>
            <p>{problem(create.error)}</p>
          </Alert>
        )}
        <div className={styles.deskFields}>
          <TextField label={t('spaceAdmin.desks.name')} value={name} onChange={(e) => setName(e.target.value)} error={invalid === 'name' ? t('spaceAdmin.settings.errors.required') : null} required autoComplete="off" />
          <TextField type="date" label={t('spaceAdmin.desks.activeFrom')} hint={t('spaceAdmin.desks.openEnded')} value={from} onChange={(e) => setFrom(e.target.value)} />
          <TextField
            type="date"
            label={t('spaceAdmin.desks.activeUntil')}
            hint={t('spaceAdmin.desks.openEnded')}
            value={until}
            onChange={(e) => setUntil(e.target.value)}
            error={invalid === 'until' ? t('spaceAdmin.settings.errors.beforeOpens') : null}
          />
        </div>
        <Button type="submit" busy={create.isPending}>
          {t('spaceAdmin.desks.add')}
        </Button>
      </form>
    </section>
  );
}

function DeskRow({ desk, state, onSaved }: { desk: Desk; state: DeskState; onSaved?: () => void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const announce = useAnnounce();
  const problem = useProblemMessage();
  const [name, setName] = useState(desk.name);
  const [from, setFrom] = useState(desk.activeFrom ?? '');
  const [until, setUntil] = useState(desk.activeUntil ?? '');
  const [invalid, setInvalid] = useState<'name' | 'until' | null>(null);
  const update = useUpdateDesk({
    onSuccess: (saved) => {
      announce(t('spaceAdmin.desks.saved', { name: saved.name }));
      onSaved?.();
    },
  });
  const dirty = name !== desk.name || from !== (desk.activeFrom ?? '') || until !== (desk.activeUntil ?? '');
  const headingId = `desk-${desk.id}`;

  function save(e: FormEvent) {
    e.preventDefault();
    if (!name.trim()) return setInvalid('name');
    if (from && until && until < from) return setInvalid('until');
    setInvalid(null);
    update.mutate({ deskId: desk.id, body: { name: name.trim(), activeFrom: from || null, activeUntil: until || null } });
  }

  const period =
    desk.activeFrom || desk.activeUntil
      ? [desk.activeFrom && t('spaceAdmin.desks.from', { date: f.date(desk.activeFrom) }), desk.activeUntil && t('spaceAdmin.desks.until', { date: f.date(desk.activeUntil) })].filter(Boolean).join(' ')
      : t('spaceAdmin.desks.always');

  return (
    <form onSubmit={save} noValidate className={styles.deskRow} aria-labelledby={headingId}>
      <div className={styles.deskHead}>
        <h3 id={headingId} className={styles.deskName}>
          {desk.name}
        </h3>
        <span className={`badge ${stateBadge[state]}`}>{t(`spaceAdmin.desks.state.${state}`)}</span>
        <span className="muted">{period}</span>
      </div>
      {update.error != null && (
        <Alert tone="error" title={t('spaceAdmin.desks.saveFailed')}>
          <p>{problem(update.error)}</p>
        </Alert>
      )}
      <div className={styles.deskFields}>
        <TextField label={t('spaceAdmin.desks.name')} value={name} onChange={(e) => setName(e.target.value)} error={invalid === 'name' ? t('spaceAdmin.settings.errors.required') : null} autoComplete="off" />
        <TextField type="date" label={t('spaceAdmin.desks.activeFrom')} value={from} onChange={(e) => setFrom(e.target.value)} />
        <TextField type="date" label={t('spaceAdmin.desks.activeUntil')} value={until} onChange={(e) => setUntil(e.target.value)} error={invalid === 'until' ? t('spaceAdmin.settings.errors.beforeOpens') : null} />
        <Button type="submit" variant="secondary" busy={update.isPending} disabled={!dirty} className={styles.deskSave} aria-describedby={headingId}>
          {t('spaceAdmin.desks.save')}
        </Button>
      </div>
    </form>
  );
}
