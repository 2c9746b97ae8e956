import { useEffect } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';

/** A QR code or link to a desk that does not exist (any more). */
export function DeskNotFound() {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = `${t('deskDoor.notFoundTitle')} – PopDesk`;
  }, [t]);
  return (
    <div className="empty-state">
      <h1>{t('deskDoor.notFoundTitle')}</h1>
      <p>{t('deskDoor.notFound')}</p>
      <Link to="/">{t('deskDoor.allSpaces')}</Link>
    </div>
  );
}
