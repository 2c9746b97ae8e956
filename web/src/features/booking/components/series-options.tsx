import { useId, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckboxField, RadioGroup, TextField } from '../../../components/ui/field';
import { useFormat } from '../../../lib/use-format';
import { MIN_WEEKS, type SeriesChoice, type SeriesLimit, type SeriesMode } from '../utils/series';
import styles from './booking.module.css';

interface Props {
  value: SeriesChoice;
  onChange: (value: SeriesChoice) => void;
  /** How far the series may reach from this day. */
  limit: SeriesLimit;
  /** Shown at the weeks field after a submit with a bad number. */
  weeksError: string | null;
  weeksRef: RefObject<HTMLInputElement | null>;
}

const MODES: SeriesMode[] = ['partial', 'atomic'];

/** "Repeat weekly": how many weeks, and whether to book all or nothing or what is free. */
export function SeriesOptions({
  value,
  onChange,
  limit: { maxWeeks, lastDate, beyondHorizon },
  weeksError,
  weeksRef,
}: Props) {
  const { t } = useTranslation();
  const f = useFormat();
  const ids = useId();
  const set = (patch: Partial<SeriesChoice>) => onChange({ ...value, ...patch });

  if (maxWeeks < MIN_WEEKS) {
    return <p className={styles.seriesNote}>{t('booking.series.notPossible', { date: f.date(lastDate) })}</p>;
  }
  return (
    <fieldset className={styles.series}>
      <legend>{t('booking.series.legend')}</legend>
      <CheckboxField
        label={<span>{t('booking.series.repeat')}</span>}
        checked={value.repeat}
        aria-controls={`${ids}-details`}
        onChange={(e) => set({ repeat: e.target.checked })}
      />
      <div id={`${ids}-details`} hidden={!value.repeat} className={styles.seriesDetails}>
        <TextField
          ref={weeksRef}
          id={`${ids}-weeks`}
          label={t('booking.series.weeks')}
          hint={t(beyondHorizon ? 'booking.series.weeksHintStaff' : 'booking.series.weeksHint', {
            max: maxWeeks,
            date: f.date(lastDate),
          })}
          error={weeksError}
          type="number"
          inputMode="numeric"
          min={MIN_WEEKS}
          max={maxWeeks}
          step={1}
          value={value.weeks}
          className={styles.weeksInput}
          onChange={(e) => set({ weeks: e.target.value })}
        />
        <RadioGroup
          legend={t('booking.series.modeLegend')}
          name={`${ids}-mode`}
          value={value.mode}
          onChange={(mode) => set({ mode })}
          className={styles.seriesModes}
          options={MODES.map((m) => ({
            value: m,
            label: (
              <span>
                {t(`booking.series.mode.${m}`)} <span className="muted">– {t(`booking.series.modeHint.${m}`)}</span>
              </span>
            ),
          }))}
        />
      </div>
    </fieldset>
  );
}
