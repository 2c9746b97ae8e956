import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role, Space, User } from '@popdesk/shared';
import { Button } from '../../../components/ui/button';
import { TextField } from '../../../components/ui/field';
import { Page } from '../../../components/ui/page';
import { EmptyState, ErrorState, Skeleton } from '../../../components/ui/states';
import { useDebounced } from '../../../lib/use-debounced';
import { useFindUsers } from '../../../lib/users/find-users';
import { RoleForm } from './role-form';
import styles from './users-admin.module.css';

const roleTone: Record<Role, string> = {
  coworker: 'badge-neutral',
  staff: 'badge-info',
  admin: 'badge-warn',
  analyst: 'badge-neutral',
};

/** Admins: find a person, and make them staff of some spaces, an admin, or a coworker again. */
export function UsersPage({ spaces }: { spaces: Space[] }) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const query = useDebounced(q.trim(), 300);
  const users = useFindUsers(query);
  const [editing, setEditing] = useState<User | null>(null);
  const spaceName = (id: string) => spaces.find((s) => s.id === id)?.name ?? id.slice(0, 8);

  return (
    <Page title={t('usersAdmin.title')} intro={t('usersAdmin.intro')}>
      <TextField
        type="search"
        fieldClassName={styles.search}
        label={t('usersAdmin.search')}
        hint={t('userPicker.hint')}
        value={q}
        autoComplete="off"
        spellCheck={false}
        onChange={(e) => setQ(e.target.value)}
      />

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
                    {u.spaceIds.length > 0
                      ? t('usersAdmin.runs', { spaces: u.spaceIds.map(spaceName).join(', ') })
                      : t('usersAdmin.runsNone')}
                  </p>
                )}
                {editing?.id === u.id ? (
                  <RoleForm user={u} spaces={spaces} onDone={() => setEditing(null)} />
                ) : (
                  <Button
                    variant="secondary"
                    size="small"
                    aria-describedby={`user-${u.id}`}
                    onClick={() => setEditing(u)}
                  >
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
