import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeskDoor } from '@popdesk/shared';
import { DeskFeatureBadges } from '../../../lib/desk-features';
import styles from './desk-door.module.css';

/** The desk's name (the page's h1), where it is, and what it offers. */
export function DeskHeader({ door, focus = false }: { door: DeskDoor; focus?: boolean }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  const { desk, space } = door;
  useEffect(() => {
    document.title = `${desk.name} – ${space.name} – PopDesk`;
  }, [desk.name, space.name]);
  useEffect(() => {
    if (focus) heading.current?.focus();
  }, [focus]);
  return (
    <header className={styles.header}>
      <p className={styles.kicker}>{t(desk.kind === 'room' ? 'deskDoor.room' : 'deskDoor.desk')}</p>
      <h1 ref={heading} tabIndex={-1} className={styles.title}>
        {desk.name}
      </h1>
      <p className={styles.place}>{t('deskDoor.place', { space: space.name, town: space.town })}</p>
      <DeskFeatureBadges features={desk.features} />
    </header>
  );
}
