import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { BoardPage } from '../../features/board/components/board-page';
import { isLanguage } from '../../lib/i18n';

/**
 * The space's board, `/spaces/:spaceId/board` (kiosk: outside the app shell, see router.tsx).
 * `?lang=en` shows it in English on this screen without keeping the choice for anyone else.
 */
export function Component() {
  const { spaceId = '' } = useParams();
  const [search] = useSearchParams();
  const { i18n } = useTranslation();
  const lang = search.get('lang');
  useEffect(() => {
    if (isLanguage(lang) && i18n.language !== lang) void i18n.changeLanguage(lang);
  }, [lang, i18n]);
  return <BoardPage spaceId={spaceId} />;
}

/** Reloads itself after a minute: nobody stands at the kiosk to press a button. */
export function ErrorBoundary() {
  const { t } = useTranslation();
  useEffect(() => {
    const id = setTimeout(() => window.location.reload(), 60_000);
    return () => clearTimeout(id);
  }, []);
  return (
    <main id="main" className="main container">
      <h1>{t('routeError.title')}</h1>
      <p>{t('board.reloadSoon')}</p>
      <button type="button" className="btn btn-primary" onClick={() => window.location.reload()}>
        {t('routeError.reload')}
      </button>
    </main>
  );
}
