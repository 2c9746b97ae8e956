import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Space, SpaceDetail } from '@popdesk/shared';
import { Page } from '../../../components/ui/page';
import { EmptyState, ErrorState, SkeletonCards } from '../../../components/ui/states';
import { IconSearch } from '../../../components/ui/icons';
import { useNow } from '../../../lib/use-now';
import { useSpaces } from '../api/get-spaces';
import { useSpaceDetails } from '../api/get-space';
import { openState } from '../utils/opening-hours';
import { SpaceCard } from './space-card';
import styles from './spaces.module.css';

/** "Find a space": every town with its spaces, opening hours, open-now state, pop-up dates, desks. */
export function SpacesPage() {
  const { t } = useTranslation();
  const now = useNow(60_000);
  const spaces = useSpaces();
  const details = useSpaceDetails(spaces.data?.map((s) => s.id) ?? []);
  const [query, setQuery] = useState('');
  const [openOnly, setOpenOnly] = useState(false);
  const searchId = useId();

  const detailById = useMemo(() => {
    const map = new Map<string, SpaceDetail>();
    for (const d of details) if (d.data) map.set(d.data.id, d.data);
    return map;
  }, [details]);

  const towns = useMemo(() => {
    const q = query.trim().toLocaleLowerCase();
    const list = (spaces.data ?? []).filter((s) => {
      if (q && !`${s.name} ${s.town} ${s.address ?? ''}`.toLocaleLowerCase().includes(q)) return false;
      if (openOnly) {
        const d = detailById.get(s.id);
        return d ? openState(d, now).kind === 'open' : false;
      }
      return true;
    });
    const byTown = new Map<string, Space[]>();
    for (const s of list) byTown.set(s.town, [...(byTown.get(s.town) ?? []), s]);
    return [...byTown.entries()].sort(([a], [b]) => a.localeCompare(b));
  }, [spaces.data, query, openOnly, detailById, now]);

  const total = towns.reduce((n, [, list]) => n + list.length, 0);

  return (
    <Page title={t('spaces.title')} intro={t('spaces.intro')}>
      {spaces.isPending && <SkeletonCards count={3} label={t('spaces.loading')} />}
      {spaces.isError && <ErrorState error={spaces.error} onRetry={() => void spaces.refetch()} />}
      {spaces.data && spaces.data.length === 0 && <EmptyState icon={<IconSearch size={32} />} title={t('spaces.emptyTitle')}>{t('spaces.emptyText')}</EmptyState>}
      {spaces.data && spaces.data.length > 0 && (
        <>
          <div role="search" className={styles.toolbar}>
            <div className={`field ${styles.search}`}>
              <label htmlFor={searchId}>{t('spaces.searchLabel')}</label>
              <input id={searchId} type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder={t('spaces.searchPlaceholder')} autoComplete="off" />
            </div>
            <label className="check">
              <input type="checkbox" checked={openOnly} onChange={(e) => setOpenOnly(e.target.checked)} />
              {t('spaces.openOnly')}
            </label>
          </div>
          <p role="status" className="visually-hidden">
            {t('spaces.resultCount', { count: total })}
          </p>
          {towns.length === 0 ? (
            <EmptyState icon={<IconSearch size={32} />} title={t('spaces.noMatchTitle')}>
              {t('spaces.noMatchText')}
            </EmptyState>
          ) : (
            towns.map(([town, list]) => (
              <section key={town} className={styles.town} aria-labelledby={`town-${town}`}>
                <h2 id={`town-${town}`} className={styles.townHeading}>
                  {town} <small>{t('spaces.spaceCount', { count: list.length })}</small>
                </h2>
                <ul className={styles.grid}>
                  {list.map((s) => (
                    <li key={s.id}>
                      <SpaceCard space={s} detail={detailById.get(s.id)} now={now} />
                    </li>
                  ))}
                </ul>
              </section>
            ))
          )}
        </>
      )}
    </Page>
  );
}
