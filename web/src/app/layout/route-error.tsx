import { isRouteErrorResponse, useRouteError } from 'react-router';
import { useTranslation } from 'react-i18next';

/** Last resort when a page fails to load (e.g. a chunk after a deploy) or throws. */
export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  console.error(error);
  return (
    <main id="main" className="main container">
      <h1>{t('routeError.title')}</h1>
      <p>{isRouteErrorResponse(error) && error.status === 404 ? t('notFound.text') : t('routeError.text')}</p>
      <p>
        <button type="button" className="btn btn-primary" onClick={() => window.location.reload()}>
          {t('routeError.reload')}
        </button>{' '}
        <a href="/">{t('notFound.home')}</a>
      </p>
    </main>
  );
}
