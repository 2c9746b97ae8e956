import { useTranslation } from 'react-i18next';
import { Page } from '../../../components/ui/page';

const LIMITATION_KEYS = ['limitation1', 'limitation2', 'limitation3'] as const;

/** Erklärung zur Barrierefreiheit (BITV 2.0 § 12a, EU model statement 2018/1523). */
export function AccessibilityPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('a11y.title')}>
      <div className="prose card">
        <p>{t('a11y.scope')}</p>
        <h2>{t('a11y.statusHeading')}</h2>
        <p>{t('a11y.status')}</p>
        <h2>{t('a11y.limitationsHeading')}</h2>
        <ul>
          {LIMITATION_KEYS.map((k) => (
            <li key={k}>{t(`a11y.${k}`)}</li>
          ))}
        </ul>
        <h2>{t('a11y.doneHeading')}</h2>
        <ul>
          <li>{t('a11y.done1')}</li>
          <li>{t('a11y.done2')}</li>
          <li>{t('a11y.done3')}</li>
          <li>{t('a11y.done4')}</li>
        </ul>
        <h2>{t('a11y.preparedHeading')}</h2>
        <p>{t('a11y.prepared')}</p>
        <h2>{t('a11y.feedbackHeading')}</h2>
        <p>{t('a11y.feedback')}</p>
        <p>
          <a href="mailto:barrierefreiheit@popdesk.example">barrierefreiheit@popdesk.example</a>
        </p>
        <h2>{t('a11y.enforcementHeading')}</h2>
        <p>{t('a11y.enforcement')}</p>
        <p>
          <a href="https://www.schlichtungsstelle-bgg.de" rel="noreferrer">
            {t('a11y.enforcementLink')}
          </a>
        </p>
      </div>
    </Page>
  );
}
