import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SpaceSummary } from '@popdesk/shared';
import { Button } from '../../../components/ui/button';
import { Page } from '../../../components/ui/page';
import { EmptyState, ErrorState, SkeletonCards } from '../../../components/ui/states';
import { IconSearch } from '../../../components/ui/icons';
import { useNow } from '../../../lib/use-now';
import { useSpaces } from '../api/get-spaces';
import { openState, type OpenState } from '../utils/opening-hours';
import { SpaceCard } from './space-card';
import styles from './spaces.module.css';

/** Cards shown at first and added by each "show more": a state-wide list stays light on a phone. */
export const SPACES_PAGE = 24;

interface Match {
  space: SpaceSummary;
  state: OpenState;
}

/**
 * "Find a space": every town with its spaces, opening hours, open-now state, pop-up dates, desks.
 * One request brings the whole list (hours and coming closures included); the cards appear
 * SPACES_PAGE at a time, and "show more" moves the focus to the first new one.
 */
export function SpacesPage() {
  const { t } = useTranslation();
  const now = useNow(60_000);
  const spaces = useSpaces();
  const [query, setQuery] = useState('');
  const [openOnly, setOpenOnly] = useState(false);
  const [shown, setShown] = useState(SPACES_PAGE);
  const [focusAt, setFocusAt] = useState<number | null>(null);
  const firstNew = useRef<HTMLAnchorElement>(null);
  const searchId = useId();

  // in town order (as the headings read), each town's spaces in the server's order
  const matches = useMemo(() => {
    const q = query.trim().toLocaleLowerCase();
    const list: Match[] = [];
    for (const space of spaces.data ?? []) {
      if (q && !`${space.name} ${space.town} ${space.address ?? ''}`.toLocaleLowerCase().includes(q)) continue;
      const state = openState({ ...space, closures: space.upcomingClosures }, now);
      if (openOnly && state.kind !== 'open') continue;
      list.push({ space, state });
    }
    const order = [...new Set(list.map((m) => m.space.town))].sort((a, b) => a.localeCompare(b));
    const rank = new Map(order.map((town, i) => [town, i]));
    return list.sort((a, b) => rank.get(a.space.town)! - rank.get(b.space.town)!);
  }, [spaces.data, query, openOnly, now]);

  const perTown = useMemo(() => {
    const counts = new Map<string, number>();
    for (const m of matches) counts.set(m.space.town, (counts.get(m.space.town) ?? 0) + 1);
    return counts;
  }, [matches]);

  const visible = matches.slice(0, shown);
  const towns: [string, { match: Match; index: number }[]][] = [];
  visible.forEach((match, index) => {
    const last = towns[towns.length - 1];
    if (last && last[0] === match.space.town) last[1].push({ match, index });
    else towns.push([match.space.town, [{ match, index }]]);
  });
  const remaining = matches.length - visible.length;

  useEffect(() => {
    if (focusAt === null) return;
    firstNew.current?.focus();
    setFocusAt(null);
  }, [focusAt]);

  const narrow = (next: () => void) => {
    next();
    setShown(SPACES_PAGE);
  };

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
              <input
                id={searchId}
                type="search"
                value={query}
                onChange={(e) => narrow(() => setQuery(e.target.value))}
                placeholder={t('spaces.searchPlaceholder')}
                autoComplete="off"
              />
            </div>
            <label className="check">
              <input type="checkbox" checked={openOnly} onChange={(e) => narrow(() => setOpenOnly(e.target.checked))} />
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
                      <SpaceCard space={match.space} state={match.state} now={now} headingRef={focusAt === index ? firstNew : undefined} />
                    </li>
                  ))}
                </ul>
              </section>
            ))
          )}
          {remaining > 0 && (
            <div className={styles.more}>
              <p className="muted">{t('spaces.shownOf', { shown: visible.length, count: matches.length })}</p>
              <Button
                variant="secondary"
                onClick={() => {
                  setFocusAt(visible.length);
                  setShown((n) => n + SPACES_PAGE);
                }}
              >
                {t('spaces.showMore', { count: Math.min(SPACES_PAGE, remaining) })}
              </Button>
            </div>
          )}
        </>
      )}
    </Page>
  );
}
