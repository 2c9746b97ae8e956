import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button';
import { TextField } from '../../../components/ui/field';
import { Page } from '../../../components/ui/page';
import { EmptyState, ErrorState, SkeletonCards } from '../../../components/ui/states';
import { IconSearch } from '../../../components/ui/icons';
import { useNow } from '../../../lib/use-now';
import { useSpaces } from '../api/get-spaces';
import { useSpaceList } from '../hooks/use-space-list';
import { SpaceCard } from './space-card';
import styles from './spaces.module.css';

/** Cards shown at first and added by each "show more": a state-wide list stays light on a phone. */
export const SPACES_PAGE = 24;

/**
 * "Find a space": every town with its spaces, opening hours, open-now state, pop-up dates, desks.
 * One request brings the whole list (hours and coming closures included); the cards appear
 * SPACES_PAGE at a time, and "show more" moves the focus to the first new one.
 */
export function SpacesPage() {
  const { t } = useTranslation();
  const now = useNow(60_000);
  const spaces = useSpaces();
  const {
    query,
    search,
    openOnly,
    filterOpen,
    matches,
    perTown,
    towns,
    shownCount,
    remaining,
    showMore,
    focusAt,
    firstNew,
  } = useSpaceList(spaces.data, now, SPACES_PAGE);

  return (
    <Page title={t('spaces.title')} intro={t('spaces.intro')}>
      {spaces.isPending && <SkeletonCards count={3} label={t('spaces.loading')} fill />}
      {spaces.isError && <ErrorState error={spaces.error} onRetry={() => void spaces.refetch()} />}
      {spaces.data && spaces.data.length === 0 && (
        <EmptyState icon={<IconSearch size={32} />} title={t('spaces.emptyTitle')}>
          {t('spaces.emptyText')}
        </EmptyState>
      )}
      {spaces.data && spaces.data.length > 0 && (
        <>
          <div role="search" className={styles.toolbar}>
            <TextField
              type="search"
              fieldClassName={styles.search}
              label={t('spaces.searchLabel')}
              value={query}
              onChange={(e) => search(e.target.value)}
              placeholder={t('spaces.searchPlaceholder')}
              autoComplete="off"
            />
            <label className="check">
              <input type="checkbox" checked={openOnly} onChange={(e) => filterOpen(e.target.checked)} />
              {t('spaces.openOnly')}
            </label>
          </div>
          <p role="status" className="visually-hidden">
            {t('spaces.resultCount', { count: matches.length })}
          </p>
          {matches.length === 0 ? (
            <EmptyState icon={<IconSearch size={32} />} title={t('spaces.noMatchTitle')}>
              {t('spaces.noMatchText')}
            </EmptyState>
          ) : (
            towns.map(([town, list]) => (
              <section key={town} className={styles.town} aria-labelledby={`town-${town}`}>
                <h2 id={`town-${town}`} className={styles.townHeading}>
                  {town} <small>{t('spaces.spaceCount', { count: perTown.get(town) ?? list.length })}</small>
                </h2>
                <ul className={styles.grid}>
                  {list.map(({ match, index }) => (
                    <li key={match.space.id}>
                      <SpaceCard
                        space={match.space}
                        state={match.state}
                        now={now}
                        headingRef={focusAt === index ? firstNew : undefined}
                      />
                    </li>
                  ))}
                </ul>
              </section>
            ))
          )}
          {remaining > 0 && (
            <div className={styles.more}>
              <p className="muted">{t('spaces.shownOf', { shown: shownCount, count: matches.length })}</p>
              <Button variant="secondary" onClick={showMore}>
                {t('spaces.showMore', { count: Math.min(SPACES_PAGE, remaining) })}
              </Button>
            </div>
          )}
        </>
      )}
    </Page>
  );
}
