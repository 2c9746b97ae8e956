import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorState, Skeleton } from '../../../components/ui/states';
import { SeasonPage, type SeasonChoice } from '../../../features/reports/components/season-page';
import { addMonths, isMonth } from '../../../features/reports/utils/months';
import { useManagedSpaces } from '../managed-spaces';
import { useLife } from './use-life';
import { useUrlDefaults } from './use-url-defaults';

/** At most this many months by default (all spaces together may have lived for years). */
const DEFAULT_MONTHS = 24;

/** The space's life, at most its last DEFAULT_MONTHS months. */
function defaultPeriod(life: { from: string; to: string }) {
  const earliest = addMonths(life.to, -(DEFAULT_MONTHS - 1));
  return { from: life.from < earliest ? earliest : life.from, to: life.to };
}

/**
 * A season of one space (`?space=`) or of all (`?space=` absent); the period `?from=&to=` defaults to
 * the space's life (e.g. 2022-06 – 2022-12 for a pop-up). Each choice is a history entry.
 */
export function Component() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const managed = useManagedSpaces();
  const requested = params.get('space');
  // staff with one space see that space; otherwise all, or the one asked for
  const only = managed.spaces?.length === 1 ? managed.spaces[0]!.id : null;
  const spaceId = managed.spaces?.find((s) => s.id === requested)?.id ?? only;
  const timezone = managed.spaces?.find((s) => s.id === spaceId)?.timezone ?? 'Europe/Berlin';
  const life = useLife(spaceId ?? undefined, timezone, !!managed.spaces);
  const period = life ? defaultPeriod(life) : undefined;
  useUrlDefaults(period && { space: spaceId, ...period });

  if (managed.isPending) return <Skeleton lines={6} height="3rem" />;
  if (!managed.spaces) return <ErrorState error={managed.error} onRetry={managed.refetch} />;
  if (!life) return <Skeleton lines={6} height="3rem" label={t('reports.loading')} />;
  const from = params.get('from');
  const to = params.get('to');
  const set = (next: SeasonChoice) =>
    setParams({
      ...(next.spaceId ? { space: next.spaceId } : {}),
      ...(next.from ? { from: next.from } : {}),
      ...(next.to ? { to: next.to } : {}),
    });
  return (
    <SeasonPage
      spaces={managed.spaces}
      spaceId={spaceId}
      from={isMonth(from) ? from : period!.from}
      to={isMonth(to) ? to : period!.to}
      life={life}
      onChange={set}
    />
  );
}
