import { useTranslation } from 'react-i18next';
import { NAME_MAX } from '@popdesk/shared';
import { Alert } from '../../../components/ui/alert';
import { RadioGroup, TextField } from '../../../components/ui/field';
import { UserPicker } from '../../../components/user-picker';
import type { WalkIn } from '../hooks/use-walk-in';
import type { Who } from '../hooks/walk-in-state';
import styles from './space-bookings.module.css';

/** Who: a guest by name, or a registered person found by search (admins only). */
export function WalkInWho({ walkIn, name, canSearchUsers }: { walkIn: WalkIn; name: string; canSearchUsers: boolean }) {
  const { t } = useTranslation();
  const { draft, dispatch } = walkIn;
  const options = [
    { value: 'guest' as Who, label: <span>{t('frontDesk.walkIn.guest')}</span> },
    { value: 'user' as Who, label: <span>{t('frontDesk.walkIn.registered')}</span> },
  ];
  return (
    <>
      <RadioGroup
        legend={t('frontDesk.walkIn.who')}
        name={name}
        value={draft.who}
        options={options}
        onChange={(who) => dispatch({ type: 'who', who })}
        className={styles.whoChoice}
      />
      {draft.who === 'guest' ? (
        <TextField
          label={t('frontDesk.walkIn.guestName')}
          value={draft.guestName}
          maxLength={NAME_MAX}
          autoComplete="off"
          onChange={(e) => dispatch({ type: 'guestName', guestName: e.target.value })}
          error={draft.errors.who}
        />
      ) : canSearchUsers ? (
        <>
          <UserPicker value={draft.user} onChange={(user) => dispatch({ type: 'user', user })} />
          {draft.errors.who && <p className={styles.fieldError}>{draft.errors.who}</p>}
        </>
      ) : (
        <Alert tone="info" live={false}>
          <p>{t('frontDesk.walkIn.staffCannotSearch')}</p>
        </Alert>
      )}
    </>
  );
}
