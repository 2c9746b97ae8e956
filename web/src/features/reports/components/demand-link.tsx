import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import styles from './reports.module.css';

/** The monthly report points to the survey evidence, which the season view shows over the space's life. */
export function DemandLink({ spaceId }: { spaceId: string }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="demand-link-heading" className={`${styles.block} no-print`}>
      <h2 id="demand-link-heading">{t('reports.demand.heading')}</h2>
      <p>
        {t('reports.demand.monthlyLink')}{' '}
        <Link to={`/reports/season?space=${encodeURIComponent(spaceId)}#demand`}>
          {t('reports.demand.monthlyLinkText')}
        </Link>
      </p>
    </section>
  );
}
