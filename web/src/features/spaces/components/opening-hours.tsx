import { useTranslation } from 'react-i18next';
import type { OpeningHour } from '@popdesk/shared';
import { useFormat } from '../../../lib/use-format';
import { summariseHours } from '../utils/opening-hours';

/** The weekly opening hours as a definition list ("Mo–Fr 08:00–18:00"). */
export function OpeningHoursList({ hours }: { hours: OpeningHour[] }) {
  const { t } = useTranslation();
  const f = useFormat();
  const groups = summariseHours(hours);
  if (groups.length === 0) return <p className="muted">{t('spaces.noHours')}</p>;
  return (
    <dl className="facts hours">
      {groups.map((g) => (
        <div key={g.from} style={{ display: 'contents' }}>
          <dt>
            {g.from === g.to ? (
              <abbr title={f.weekdayLong(g.from)}>{f.weekdayShort(g.from)}</abbr>
            ) : (
              <>
                <abbr title={f.weekdayLong(g.from)}>{f.weekdayShort(g.from)}</abbr>–
                <abbr title={f.weekdayLong(g.to)}>{f.weekdayShort(g.to)}</abbr>
              </>
            )}
          </dt>
          <dd>{g.intervals.join(', ')}</dd>
        </div>
      ))}
    </dl>
  );
}
