import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/ui/dialog';

interface Props {
  open: boolean;
  /** `YYYY-MM` of the months whose reports change */
  months: string[];
  mode: 'add' | 'remove';
  busy?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/** "The council reports for these months will change": asked before a past date is closed or reopened. */
export function PastClosureDialog({ open, months, mode, busy, onConfirm, onCancel }: Props) {
  const { t, i18n } = useTranslation();
  const format = new Intl.DateTimeFormat(i18n.language, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  const names = months.map((m) => format.format(new Date(`${m}-01T00:00:00Z`)));
  return (
    <ConfirmDialog
      open={open}
      title={t(mode === 'add' ? 'spaceAdmin.closures.pastTitle' : 'spaceAdmin.closures.removePastTitle')}
      confirmLabel={t(mode === 'add' ? 'spaceAdmin.closures.pastConfirm' : 'spaceAdmin.closures.removeConfirm')}
      confirmVariant={mode === 'add' ? 'primary' : 'danger'}
      busy={busy}
      onConfirm={onConfirm}
      onCancel={onCancel}
    >
      <p>{t('spaceAdmin.closures.pastReports', { count: names.length, months: names.join(', ') })}</p>
    </ConfirmDialog>
  );
}
