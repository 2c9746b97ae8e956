import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role, Space, User } from '@popdesk/shared';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { useAnnounce } from '../../../components/ui/live-region';
import { Page } from '../../../components/ui/page';
import { EmptyState, ErrorState, Skeleton } from '../../../components/ui/states';
import { useProblemMessage } from '../../../lib/problem-message';
import { useDebounced } from '../../../lib/use-debounced';
import { useFindUsers } from '../../../lib/users/find-users';
import { useSetRole } from '../api/set-role';
import styles from './users-admin.module.css';

const ROLES: Role[] = ['coworker', 'staff', 'admin'];
const roleTone: Record<Role, string> = { coworker: 'badge-neutral', staff: 'badge-info', admin: 'badge-warn' };

/** Admins: find a person, and make them staff of some spaces, an admin, or a coworker again. */
export function UsersPage({ spaces }: { spaces: Space[] }) {
  const { t } = useTranslation();
  const ids = useId();
  const [q, setQ] = useState('');
  const query = useDebounced(q.trim(), 300);
  const users = useFindUsers(query);
  const [editing, setEditing] = useState<User | null>(null);
  const spaceName = (id: string) => spaces.find((s) => s.id === id)?.name ?? id.slice(0, 8);

  return (
    <Page title={t('usersAdmin.title')} intro={t('usersAdmin.intro')}>
      <div className={`field ${styles.search}`}>
        <label htmlFor={`${ids}-q`}>{t('usersAdmin.search')}</label>
        <span id={`${ids}-hint`} className="hint">
          {t('userPicker.hint')}
        </span>
        <input id={`${ids}-q`} type="search" value={q} autoComplete="off" spellCheck={false} aria-describedby={`${ids}-hint`} onChange={(e) => setQ(e.target.value)} />
      </div>

      {query.length < 2 ? (
        <p className="muted">{t('userPicker.typeMore')}</p>
      ) : users.isPending ? (
        <Skeleton lines={4} height="2rem" />
      ) : users.isError ? (
        <ErrorState error={users.error} onRetry={() => void users.refetch()} />
      ) : users.data.length === 0 ? (
        <EmptyState title={t('usersAdmin.noneTitle')}>{t('usersAdmin.none')}</EmptyState>
      ) : (
        <>
          <p role="status" className="muted">
            {t('userPicker.results', { count: users.data.length })}
          </p>
          <ul className={styles.list}>
            {users.data.map((u) => (
              <li key={u.id} className={`card ${styles.user}`}>
                <div className={styles.userHead}>
                  <h2 className={styles.userName} id={`user-${u.id}`}>
                    {u.name}
                  </h2>
                  <span className={`badge ${roleTone[u.role]}`}>{t(`usersAdmin.roles.${u.role}`)}</span>
                </div>
                <p className={styles.email}>{u.email}</p>
                {u.role === 'staff' && (
                  <p className={styles.spaces}>
                    {u.spaceIds.length > 0 ? t('usersAdmin.runs', { spaces: u.spaceIds.map(spaceName).join(', ') }) : t('usersAdmin.runsNone')}
                  </p>
                )}
                {editing?.id === u.id ? (
                  <RoleForm user={u} spaces={spaces} onDone={() => setEditing(null)} />
                ) : (
                  <Button variant="secondary" size="small" aria-describedby={`user-${u.id}`} onClick={() => setEditing(u)}>
                    {t('usersAdmin.edit')}
                  </Button>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </Page>
  );
}

function RoleForm({ user, spaces, onDone }: { user: User; spaces: Space[]; onDone: () => void }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const problem = useProblemMessage();
  const ids = useId();
  const [role, setRole] = useState<Role>(user.role);
  const [spaceIds, setSpaceIds] = useState<string[]>(user.spaceIds);
  const [noSpace, setNoSpace] = useState(false);
  const save = useSetRole({
    onSuccess: (u) => {
      announce(t('usersAdmin.saved', { name: u.name, role: t(`usersAdmin.roles.${u.role}`) }));
      onDone();
    },
  });

  function submit(e: FormEvent) {
    e.preventDefault();
    if (role === 'staff' && spaceIds.length === 0) return setNoSpace(true);
    setNoSpace(false);
    save.mutate({ userId: user.id, body: { role, spaceIds: role === 'staff' ? spaceIds : [] } });
  }

  return (
    <form onSubmit={submit} noValidate className={styles.roleForm} aria-label={t('usersAdmin.formLabel', { name: user.name })}>
      {save.error != null && (
        <Alert tone="error" title={t('usersAdmin.saveFailed')}>
          <p>{problem(save.error)}</p>
        </Alert>
      )}
      <fieldset>
        <legend>{t('usersAdmin.role')}</legend>
        <div className={styles.options}>
          {ROLES.map((r) => (
            <label key={r} className="check">
              <input type="radio" name={`${ids}-role`} value={r} checked={role === r} onChange={() => setRole(r)} />
              <span>
                {t(`usersAdmin.roles.${r}`)} <span className="hint">– {t(`usersAdmin.roleHints.${r}`)}</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      {role === 'staff' && (
        <fieldset aria-describedby={noSpace ? `${ids}-err` : undefined}>
          <legend>{t('usersAdmin.spaces')}</legend>
          {noSpace && (
            <p id={`${ids}-err`} className={styles.error}>
              {t('usersAdmin.chooseSpace')}
            </p>
          )}
          <div className={styles.options}>
            {spaces.map((s) => (
              <label key={s.id} className="check">
                <input
                  type="checkbox"
                  checked={spaceIds.includes(s.id)}
                  onChange={(e) => setSpaceIds((ids) => (e.target.checked ? [...ids, s.id] : ids.filter((x) => x !== s.id)))}
                />
                <span>
                  {s.name} <span className="muted">({s.town})</span>
                </span>
              </label>
            ))}
          </div>
        </fieldset>
      )}
      <div className="cluster">
        <Button type="submit" busy={save.isPending}>
          {t('usersAdmin.save')}
        </Button>
        <Button variant="secondary" onClick={onDone}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}
