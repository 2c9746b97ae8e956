import { useTranslation } from 'react-i18next';
import { Page } from '../../../components/ui/page';
import { ErrorState, Skeleton } from '../../../components/ui/states';
import { usePrivacyInfo } from '../api/get-privacy-info';

const DATA_KEYS = ['account', 'bookings', 'waitlist', 'emails', 'technical'] as const;
const RIGHT_KEYS = ['access', 'rectification', 'erasure', 'restriction', 'objection', 'complaint'] as const;

/** Datenschutzerklärung (GDPR Art. 13): what is stored, why, and for how long. */
export function PrivacyPage() {
  const { t } = useTranslation();
  const query = usePrivacyInfo();
  const info = query.data;
  const controller = info?.controller;
  return (
    <Page title={t('privacy.title')}>
      <div className="prose card">
        <h2>{t('privacy.controllerHeading')}</h2>
        {controller?.name ? (
          <address>
            {controller.name}
            {controller.address ? (
              <>
                <br />
                {controller.address}
              </>
            ) : null}
            {controller.email ? (
              <>
                <br />
                <a href={`mailto:${controller.email}`}>{controller.email}</a>
              </>
            ) : null}
          </address>
        ) : (
          <p>{t('privacy.controllerMissing')}</p>
        )}
        {info?.dpoEmail ? (
          <p>
            {t('privacy.dpo')} <a href={`mailto:${info.dpoEmail}`}>{info.dpoEmail}</a>
          </p>
        ) : null}
        <h2>{t('privacy.dataHeading')}</h2>
        <ul>
          {DATA_KEYS.map((k) => (
            <li key={k}>{t(`privacy.data.${k}`)}</li>
          ))}
        </ul>
        <h2>{t('privacy.purposeHeading')}</h2>
        <p>{t('privacy.purpose')}</p>
        <h2>{t('privacy.retentionHeading')}</h2>
        {info ? (
          <>
            <p>{t('privacy.retention', { months: info.retentionMonths })}</p>
            <p>{t('privacy.messageRetention', { count: info.messageRetentionDays })}</p>
          </>
        ) : query.isError ? (
          <ErrorState error={query.error} onRetry={() => void query.refetch()} />
        ) : (
          <Skeleton lines={2} label={t('privacy.loading')} />
        )}
        <p>{t('privacy.statistics')}</p>
        <h2 id="umfragen">{t('privacy.surveysHeading')}</h2>
        <p>{t('privacy.surveys')}</p>
        <h2>{t('privacy.rightsHeading')}</h2>
        <ul>
          {RIGHT_KEYS.map((k) => (
            <li key={k}>{t(`privacy.rights.${k}`)}</li>
          ))}
        </ul>
      </div>
    </Page>
  );
}
