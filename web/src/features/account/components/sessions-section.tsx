import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { ConfirmDialog } from '../../../components/ui/dialog';
import { useAnnounce } from '../../../components/ui/live-region';
import { useProblemMessage } from '../../../lib/problem-message';
import { useLogoutEverywhere } from '../api/logout-everywhere';

/** "Log out everywhere": every session ends, this one too (e.g. after using a shared computer). */
export function SessionsSection() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const problem = useProblemMessage();
  const [open, setOpen] = useState(false);
  const announce = useAnnounce();
  const logout = useLogoutEverywhere({
    onSuccess: () => {
      announce(t('profileSecurity.loggedOutEverywhere'));
      navigate('/login', { replace: true });
    },
  });
  return (
    <section className="card" aria-labelledby="sessions-heading">
      <h2 id="sessions-heading">{t('profileSecurity.sessionsHeading')}</h2>
      <p>{t('profileSecurity.sessionsText')}</p>
      <Button
        variant="secondary"
        onClick={() => {
          logout.reset();
          setOpen(true);
        }}
      >
        {t('profileSecurity.sessionsButton')}
      </Button>
      <ConfirmDialog
        open={open}
        title={t('profileSecurity.sessionsDialogTitle')}
        confirmLabel={t('profileSecurity.sessionsConfirm')}
        busy={logout.isPending}
        onCancel={() => setOpen(false)}
        onConfirm={() => logout.mutate()}
      >
        <p>{t('profileSecurity.sessionsDialogText')}</p>
        {logout.error != null && (
          <Alert tone="error" title={t('profileSecurity.failed')}>
            <p>{problem(logout.error)}</p>
          </Alert>
        )}
      </ConfirmDialog>
    </section>
  );
}
