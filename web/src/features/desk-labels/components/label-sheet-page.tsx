import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { SpaceDetail } from '@popdesk/shared';
import { Button } from '../../../components/ui/button';
import { Page } from '../../../components/ui/page';
import { EmptyState } from '../../../components/ui/states';
import { todayIn } from '../../../lib/dates';
import { labelledDesks, toSheets } from '../utils/label-sheets';
import { DeskLabel } from './desk-label';
import styles from './desk-labels.module.css';

/** Only the labels on paper: A4, no header, no navigation, each sheet on a page of its own. */
const PRINT_CSS = `@media print {
  @page { size: A4 portrait; margin: 10mm; }
  :root { font-size: 100%; }
  #main { padding: 0 !important; margin: 0 !important; max-width: none !important; }
  .page-header { display: none !important; }
}`;

/**
 * Staff's sheet of QR labels for every desk of a space (`/manage/spaces/:spaceId/labels`): on screen
 * a preview, printed A4 sheets of 3 × 4 labels. The short address is this site's, as the QR code's.
 */
export function LabelSheetPage({ space, origin = window.location.origin }: { space: SpaceDetail; origin?: string }) {
  const { t } = useTranslation();
  const desks = labelledDesks(space.desks, todayIn(space.timezone));
  const sheets = toSheets(desks);
  return (
    <Page
      title={t('deskLabels.title', { space: space.name })}
      intro={t('deskLabels.intro')}
      actions={<Link to={`/manage/spaces/${encodeURIComponent(space.id)}`}>{t('deskLabels.back')}</Link>}
    >
      <style>{PRINT_CSS}</style>
      <div className={`no-print ${styles.controls}`}>
        <Button onClick={() => window.print()} disabled={desks.length === 0}>
          {t('deskLabels.print')}
        </Button>
        <p className="hint">{t('deskLabels.printHint', { count: desks.length, sheets: sheets.length })}</p>
      </div>
      {desks.length === 0 ? (
        <EmptyState title={t('deskLabels.emptyTitle')}>{t('deskLabels.empty')}</EmptyState>
      ) : (
        sheets.map((sheet, i) => (
          <section
            key={i}
            className={styles.sheet}
            aria-label={t('deskLabels.sheet', { number: i + 1, count: sheets.length })}
          >
            <ul className={styles.labels}>
              {sheet.map((desk) => (
                <DeskLabel key={desk.id} desk={desk} spaceName={space.name} origin={origin} />
              ))}
            </ul>
          </section>
        ))
      )}
    </Page>
  );
}
