import type { SelectHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../../components/ui/field';
import { useLanguage } from '../../../lib/i18n';
import { monthNames, pickerMonths } from '../utils/months';

/** The months one can report on: `from` … `to` of the space's (or spaces') life, and the running one. */
export interface MonthLife {
  from: string;
  to: string;
  current: string;
}

type Props = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'onChange' | 'value'> & {
  label: string;
  value: string;
  life: MonthLife;
  onChange: (month: string) => void;
};

/** A month picker over a whole life, newest first; the month still running says so in its label. */
export function MonthSelect({ label, value, life, onChange, ...select }: Props) {
  const { t } = useTranslation();
  const names = monthNames(useLanguage());
  return (
    <SelectField label={label} value={value} onChange={(e) => onChange(e.target.value)} {...select}>
      {pickerMonths(life, value).map((m) => (
        <option key={m} value={m}>
          {m >= life.current ? t('reports.months.running', { month: names.long(m) }) : names.long(m)}
        </option>
      ))}
    </SelectField>
  );
}
