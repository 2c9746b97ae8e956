import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { SpaceDetail } from '@popdesk/shared';
import { Button } from '../../../components/ui/button';
import { SelectField } from '../../../components/ui/field';
import { useFormat } from '../../../lib/use-format';
import { useHolidaySuggestions } from '../hooks/use-holiday-suggestions';
import { REGIONS, type PublicHoliday, type Region } from '../utils/holidays';
import styles from './space-admin.module.css';

interface Props {
  space: Pick<SpaceDetail, 'id' | 'opensOn' | 'closesOn'>;
  today: string;
  closed: Set<string>;
  busyDate: string | null;
  addingAll: boolean;
  onAdd: (date: string, name: string) => void;
  onAddAll: (holidays: PublicHoliday[]) => void;
}

/** The state's public holidays as closures to add one by one or all at once. */
export function HolidaySuggestions({ space, today, closed, busyDate, addingAll, onAdd, onAddAll }: Props) {
  const { t } = useTranslation();
  const f = useFormat();
  const headingId = useId();
  const { region, chooseRegion, year, setYear, years, holidays, open } = useHolidaySuggestions(space, today, closed);

  return (
    <section aria-labelledby={headingId} className={styles.holidays}>
      <h3 id={headingId}>{t('spaceAdmin.closures.holidaysHeading')}</h3>
      <p className="muted">{t('spaceAdmin.closures.holidaysIntro')}</p>
      <div className={styles.closureFields}>
        <SelectField
          label={t('spaceAdmin.closures.region')}
          value={region}
          onChange={(e) => chooseRegion(e.target.value as Region)}
        >
          <option value="">{t('spaceAdmin.closures.chooseRegion')}</option>
          {REGIONS.map((r) => (
            <option key={r} value={r}>
              {t(`regions.${r}`)}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('spaceAdmin.closures.year')}
          value={String(year)}
          onChange={(e) => setYear(Number(e.target.value))}
        >
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </SelectField>
      </div>
      {region && holidays.length === 0 && <p className="muted">{t('spaceAdmin.closures.noHolidays')}</p>}
      {holidays.length > 0 && (
        <>
          <ul className={styles.closureList}>
            {holidays.map((h) => (
              <li key={h.date}>
                <span>
                  <strong>{f.dayShortYear(h.date)}</strong> · {h.name}
                </span>
                {closed.has(h.date) ? (
                  <span className="badge badge-neutral">{t('spaceAdmin.closures.alreadyClosed')}</span>
                ) : (
                  <Button
                    variant="secondary"
                    size="small"
                    busy={busyDate === h.date}
                    disabled={busyDate !== null && busyDate !== h.date}
                    aria-label={t('spaceAdmin.closures.closeOnNamed', { name: h.name, date: f.date(h.date) })}
                    onClick={() => onAdd(h.date, h.name)}
                  >
                    {t('spaceAdmin.closures.closeOn')}
                  </Button>
                )}
              </li>
            ))}
          </ul>
          {open.length > 1 && (
            <Button variant="secondary" busy={addingAll} disabled={busyDate !== null} onClick={() => onAddAll(open)}>
              {t('spaceAdmin.closures.closeAll', { count: open.length })}
            </Button>
          )}
        </>
      )}
    </section>
  );
}
