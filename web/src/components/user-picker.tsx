import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserContact } from '@popdesk/shared';
import { TextField } from './ui/field';
import { isApiError } from '../lib/api-client';
import { useProblemMessage } from '../lib/problem-message';
import { useDebounced } from '../lib/use-debounced';
import { useMe } from '../lib/auth/get-me';
import { useFindContacts } from '../lib/users/find-users';

/**
 * Find an account by name or e-mail and choose it: admins find everyone, staff the people who have
 * booked in their spaces and anyone by the exact e-mail address. Results are radio buttons, so the
 * choice works with arrow keys and is read out with its e-mail.
 */
export function UserPicker({
  value,
  onChange,
  label,
}: {
  value: UserContact | null;
  onChange: (user: UserContact | null) => void;
  label?: string;
}) {
  const { t } = useTranslation();
  const problem = useProblemMessage();
  const id = useId();
  const [q, setQ] = useState('');
  const query = useDebounced(q.trim(), 300);
  const users = useFindContacts(query);
  const staff = useMe().data?.role === 'staff';
  const results = query.length >= 2 ? (users.data ?? []) : [];

  let status: string;
  if (q.trim().length < 2) status = t('userPicker.typeMore');
  else if (users.isFetching && !users.data) status = t('common.loading');
  else if (users.isError)
    status = isApiError(users.error) && users.error.status === 403 ? t('userPicker.adminsOnly') : problem(users.error);
  else status = t('userPicker.results', { count: results.length });

  return (
    <div className="user-picker">
      <TextField
        id={`${id}-q`}
        type="search"
        label={label ?? t('userPicker.label')}
        hint={staff ? t('staffNames.pickerHint') : t('userPicker.hint')}
        describedBy={`${id}-status`}
        after={
          <span id={`${id}-status`} className="hint" role="status">
            {status}
          </span>
        }
        value={q}
        autoComplete="off"
        spellCheck={false}
        onChange={(e) => setQ(e.target.value)}
      />
      {results.length > 0 && (
        <fieldset className="user-picker-results">
          <legend className="visually-hidden">{t('userPicker.choose')}</legend>
          {results.map((u) => (
            <label key={u.id} className="check user-picker-option">
              <input type="radio" name={`${id}-user`} checked={value?.id === u.id} onChange={() => onChange(u)} />
              <span>
                <strong>{u.name}</strong> <span className="muted">{u.email}</span>
              </span>
            </label>
          ))}
        </fieldset>
      )}
      {value && !results.some((u) => u.id === value.id) && (
        <p>
          {t('userPicker.chosen')}: <strong>{value.name}</strong> <span className="muted">{value.email}</span>
        </p>
      )}
    </div>
  );
}
