import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role, Space, User } from '@popdesk/shared';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { useAnnounce } from '../../../components/ui/live-region';
import { useProblemMessage } from '../../../lib/problem-message';
import { useSetRole } from '../api/set-role';
import styles from './users-admin.module.css';

const ROLES: Role[] = ['coworker', 'staff', 'analyst', 'admin'];

/** A person's role, and for staff the spaces they run (at least one). */
export function RoleForm({ user, spaces, onDone }: { user: User; spaces: Space[]; onDone: () => void }) {
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
    <form
      onSubmit={submit}
      noValidate
      className={styles.roleForm}
      aria-label={t('usersAdmin.formLabel', { name: user.name })}
    >
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
                  onChange={(e) =>
                    setSpaceIds((ids) => (e.target.checked ? [...ids, s.id] : ids.filter((x) => x !== s.id)))
                  }
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
