import { useEffect, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Me, UserGroup } from '@popdesk/shared';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { ConfirmDialog } from '../../../components/ui/dialog';
import { SelectField, TextField } from '../../../components/ui/field';
import { IconDownload } from '../../../components/ui/icons';
import { useAnnounce } from '../../../components/ui/live-region';
import { Page } from '../../../components/ui/page';
import { ErrorState, Skeleton } from '../../../components/ui/states';
import { CalendarFeed } from '../../../components/calendar-feed';
import { useMe } from '../../../lib/auth/get-me';
import { setLanguage, type Language } from '../../../lib/i18n';
import { useProblemMessage } from '../../../lib/problem-message';
import { useUpdateMe } from '../api/update-me';
import { useExportMe } from '../api/export-me';
import { useDeleteMe } from '../api/delete-me';
import { GROUPS } from '../groups';
import styles from './account.module.css';

export function ProfilePage() {
  const { t } = useTranslation();
  const me = useMe();
  return (
    <Page title={t('profile.title')} intro={t('profile.intro')}>
      {me.isPending && <Skeleton lines={6} height="2.5rem" />}
      {me.isError && <ErrorState error={me.error} onRetry={() => void me.refetch()} />}
      {me.data && (
        <div className={styles.sections}>
          <ProfileForm me={me.data} />
          <section className="card" aria-labelledby="calendar-heading">
            <h2 id="calendar-heading">{t('calendarFeed.heading')}</h2>
            <CalendarFeed />
          </section>
          <ExportSection />
          <DeleteSection email={me.data.email} />
        </div>
      )}
    </Page>
  );
}

function ProfileForm({ me }: { me: Me }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const problem = useProblemMessage();
  const [name, setName] = useState(me.name);
  const [group, setGroup] = useState<UserGroup>(me.group);
  const [locale, setLocale] = useState<Language>(me.locale);
  const [saved, setSaved] = useState(false);
  const update = useUpdateMe({
    onSuccess: (updated) => {
      setLanguage(updated.locale);
      setSaved(true);
      announce(t('profile.saved'));
    },
  });
  useEffect(() => setSaved(false), [name, group, locale]);

  function submit(e: FormEvent) {
    e.preventDefault();
    if (!name.trim()) return;
    update.mutate({ name: name.trim(), group, locale });
  }

  return (
    <section className="card" aria-labelledby="profile-heading">
      <h2 id="profile-heading">{t('profile.personal')}</h2>
      <form onSubmit={submit} noValidate>
        <TextField label={t('auth.name')} value={name} onChange={(e) => setName(e.target.value)} autoComplete="name" required error={!name.trim() ? t('auth.required') : null} />
        <TextField label={t('auth.email')} value={me.email} readOnly hint={t('profile.emailHint')} />
        <SelectField label={t('profile.group')} hint={t('profile.groupHint')} value={group} onChange={(e) => setGroup(e.target.value as UserGroup)}>
          {GROUPS.map((g) => (
            <option key={g} value={g}>
              {t(`groups.${g}`)}
            </option>
          ))}
        </SelectField>
        <fieldset>
          <legend>{t('profile.language')}</legend>
          <div className={styles.langOptions}>
            {(['de', 'en'] as const).map((l) => (
              <label key={l} className="check" lang={l}>
                <input type="radio" name="locale" value={l} checked={locale === l} onChange={() => setLocale(l)} />
                {t(`language.${l}`)}
              </label>
            ))}
          </div>
        </fieldset>
        {update.error != null && (
          <Alert tone="error" title={t('profile.saveFailed')}>
            <p>{problem(update.error)}</p>
          </Alert>
        )}
        {saved && <Alert tone="success">{t('profile.saved')}</Alert>}
        <Button type="submit" busy={update.isPending}>
          {t('profile.save')}
        </Button>
      </form>
    </section>
  );
}

function ExportSection() {
  const { t } = useTranslation();
  const problem = useProblemMessage();
  const announce = useAnnounce();
  const exportMe = useExportMe();
  return (
    <section className="card" aria-labelledby="export-heading">
      <h2 id="export-heading">{t('profile.exportHeading')}</h2>
      <p>{t('profile.exportText')}</p>
      {exportMe.error != null && (
        <Alert tone="error" title={t('profile.exportFailed')}>
          <p>{problem(exportMe.error)}</p>
        </Alert>
      )}
      <Button variant="secondary" busy={exportMe.isPending} onClick={() => exportMe.mutate(undefined, { onSuccess: () => announce(t('profile.exportDone')) })}>
        <IconDownload />
        {t('profile.exportButton')}
      </Button>
    </section>
  );
}

function DeleteSection({ email }: { email: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const problem = useProblemMessage();
  const announce = useAnnounce();
  const [open, setOpen] = useState(false);
  const [understood, setUnderstood] = useState(false);
  const remove = useDeleteMe({
    onSuccess: () => {
      announce(t('profile.deleted'));
      navigate('/?deleted=1', { replace: true });
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
