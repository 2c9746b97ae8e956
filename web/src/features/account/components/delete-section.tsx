import { useEffect, useRef, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { ConfirmDialog } from '../../../components/ui/dialog';
import { useAnnounce } from '../../../components/ui/live-region';
import { useLogout } from '../../../lib/auth/logout';
import { useProblemMessage } from '../../../lib/problem-message';
import { useDeleteMe } from '../api/delete-me';
import styles from './account.module.css';

/** Deleting the account, after a confirmation that names what goes. */
export function DeleteSection({ email }: { email: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const problem = useProblemMessage();
  const announce = useAnnounce();
  const [open, setOpen] = useState(false);
  const [understood, setUnderstood] = useState(false);
  const endSession = useLogout();
  const location = useLocation();
  const deleted = useRef(false);
  // The session ends once this page is left (or the address changed): dropping the token while
  // the page is still on screen would make its login guard send the person to the login form
  // instead of the start page that confirms the deletion.
  useEffect(
    () => () => {
      if (deleted.current) endSession();
    },
    [location.key, endSession],
  );
  const remove = useDeleteMe({
    onSuccess: () => {
      deleted.current = true;
      announce(t('profile.deleted'));
      void navigate('/?deleted=1', { replace: true });
    },
  });
  return (
    <section className={`card ${styles.danger}`} aria-labelledby="delete-heading">
      <h2 id="delete-heading">{t('profile.deleteHeading')}</h2>
      <p>{t('profile.deleteText')}</p>
      <Button
        variant="danger"
        onClick={() => {
          setUnderstood(false);
          remove.reset();
          setOpen(true);
        }}
      >
        {t('profile.deleteButton')}
      </Button>
      <ConfirmDialog
        open={open}
        title={t('profile.deleteDialogTitle')}
        confirmLabel={t('profile.deleteConfirm')}
        confirmVariant="danger"
        canConfirm={understood}
        busy={remove.isPending}
        onCancel={() => setOpen(false)}
        onConfirm={() => remove.mutate()}
      >
        <p>{t('profile.deleteDialogText', { email })}</p>
        <ul className={styles.consequences}>
          <li>{t('profile.deleteConsequence1')}</li>
          <li>{t('profile.deleteConsequence2')}</li>
          <li>{t('profile.deleteConsequence3')}</li>
        </ul>
        {remove.error != null && (
          <Alert tone="error" title={t('profile.deleteFailed')}>
            <p>{problem(remove.error)}</p>
          </Alert>
        )}
        <label className="check">
          <input type="checkbox" checked={understood} onChange={(e) => setUnderstood(e.target.checked)} />
          {t('profile.deleteUnderstood')}
        </label>
      </ConfirmDialog>
    </section>
  );
}
