import { Fragment } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Page } from '../../../components/ui/page';
import { ErrorState, Skeleton } from '../../../components/ui/states';
import { useImprint } from '../api/get-imprint';

/** Impressum (§ 5 DDG, § 18 MStV): who provides this site, from the operator's IMPRINT_* settings. */
export function ImprintPage() {
  const { t } = useTranslation();
  const query = useImprint();
  const info = query.data;
  const rows = info
    ? (
        [
          ['representative', info.representative],
          ['email', info.email],
          ['phone', info.phone],
          ['vatId', info.vatId],
          ['contentResponsible', info.contentResponsible],
        ] as const
      ).filter(([, value]) => value)
    : [];
  return (
    <Page title={t('legal.imprintTitle')}>
      <div className="prose card">
        <h2>{t('legal.providerHeading')}</h2>
        {query.isPending && <Skeleton lines={3} label={t('legal.loading')} />}
        {query.isError && <ErrorState error={query.error} onRetry={() => void query.refetch()} />}
        {info &&
          (info.name ? (
            <>
              <address>
                {info.name}
                {info.address ? (
                  <>
                    <br />
                    {info.address}
                  </>
                ) : null}
              </address>
              {rows.length > 0 && (
                <dl>
                  {rows.map(([key, value]) => (
                    <Fragment key={key}>
                      <dt>{t(`legal.fields.${key}`)}</dt>
                      <dd>{key === 'email' ? <a href={`mailto:${value}`}>{value}</a> : value}</dd>
                    </Fragment>
                  ))}
                </dl>
              )}
            </>
          ) : (
            <p>{t('legal.imprintMissing')}</p>
          ))}
        <h2>{t('legal.moreHeading')}</h2>
        <p>
          <Link to="/datenschutz">{t('legal.privacyLink')}</Link>
        </p>
      </div>
    </Page>
  );
}
