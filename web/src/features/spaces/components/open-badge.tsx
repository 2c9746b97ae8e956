import { useTranslation } from 'react-i18next';
import { IconClock } from '../../../components/ui/icons';
import { useFormat } from '../../../lib/use-format';
import type { OpenState } from '../utils/opening-hours';

/** "Open now · until 18:00" / "Closed · opens Tue 09:00" — in words, not only in colour. */
export function OpenBadge({ state, today }: { state: OpenState; today: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  switch (state.kind) {
    case 'open':
      return (
        <span className="badge badge-success">
          <IconClock size={16} />
          {t('spaces.openNow', { until: state.until })}
        </span>
      );
    case 'closed':
      return (
        <span className="badge badge-neutral">
          <IconClock size={16} />
          {state.next
            ? state.next.date === today
              ? t('spaces.closedOpensToday', { time: state.next.opens })
              : t('spaces.closedOpensOn', { day: f.dayShort(state.next.date), time: state.next.opens })
            : t('spaces.closedNow')}
        </span>
      );
    case 'not-yet':
      return <span className="badge badge-info">{t('spaces.opensOn', { date: f.date(state.opensOn) })}</span>;
    case 'ended':
      return <span className="badge badge-neutral">{t('spaces.ended')}</span>;
  }
}
