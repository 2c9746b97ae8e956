import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/ui/alert';
import { SpacesPage } from '../../features/spaces/components/spaces-page';

export function Component() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  return (
    <>
      {params.get('deleted') === '1' && (
        <Alert tone="success" title={t('profile.deletedTitle')}>
          <p>{t('profile.deleted')}</p>
        </Alert>
      )}
      <SpacesPage />
    </>
  );
}
