import { useTranslation } from 'react-i18next';
import type { FloorPlanMeta } from '@popdesk/shared';
import { IconCheck } from '../../../components/ui/icons';
import styles from './floor-plan.module.css';

export type PlaceStatus = 'free' | 'taken' | 'unavailable';

interface Props {
  plan: FloorPlanMeta;
  spaceName: string;
  /** where the desks are (from the space) */
  desks: { id: string; planX?: number | null; planY?: number | null }[];
  /** the day's places and whether each is free for the chosen time (from the day view) */
  places: { deskId: string; name: string; status: PlaceStatus }[];
  selectedDeskId: string | null;
  onPick: (deskId: string) => void;
}

/**
 * Coworkers: the day's places on the plan. Free and taken differ by fill pattern, border and a
 * word on each marker, never by colour alone; a taken place cannot be picked. The list view
 * next to it stays the full, accessible alternative.
 */
export function FloorPlanPicker({ plan, spaceName, desks, places, selectedDeskId, onPick }: Props) {
  const { t } = useTranslation();
  const position = new Map(
    desks.filter((d) => d.planX != null && d.planY != null).map((d) => [d.id, { x: d.planX!, y: d.planY! }]),
  );
  const onPlan = places.filter((p) => position.has(p.deskId));
  const notOnPlan = places.length - onPlan.length;
  const stateText = (p: { deskId: string; status: PlaceStatus }) =>
    p.deskId === selectedDeskId ? t('floorPlan.picker.chosen') : t(`floorPlan.picker.${p.status}`);
  return (
    <div>
      <p className="hint">{t('floorPlan.picker.help')}</p>
      <div className={styles.plan} style={{ aspectRatio: `${plan.width} / ${plan.height}` }}>
        <img className={styles.image} src={plan.url} alt={t('floorPlan.imageAlt', { space: spaceName })} />
        {onPlan.map((p) => {
          const at = position.get(p.deskId)!;
          const chosen = p.deskId === selectedDeskId;
          return (
            <button
              key={p.deskId}
              type="button"
              className={[styles.marker, styles[p.status], chosen && styles.chosen].filter(Boolean).join(' ')}
              style={{ left: `${at.x * 100}%`, top: `${at.y * 100}%` }}
              aria-pressed={chosen}
              aria-disabled={p.status !== 'free' || undefined}
              onClick={() => p.status === 'free' && onPick(p.deskId)}
            >
              {p.status === 'free' && <IconCheck size={14} />}
              <span className={styles.name}>{p.name}</span> <span className={styles.state}>· {stateText(p)}</span>
            </button>
          );
        })}
      </div>
      <ul className={styles.legend} aria-label={t('floorPlan.picker.legend')}>
        {(['free', 'taken'] as const).map((s) => (
          <li key={s}>
            <span className={`${styles.marker} ${styles.swatch} ${styles[s]}`} aria-hidden="true" />
            {t(`floorPlan.picker.${s}`)}
          </li>
        ))}
      </ul>
      {notOnPlan > 0 && <p>{t('floorPlan.picker.notOnPlan', { count: notOnPlan })}</p>}
    </div>
  );
}
