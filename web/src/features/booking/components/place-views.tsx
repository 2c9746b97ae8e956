import { useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import styles from './place-views.module.css';

const VIEWS = ['list', 'plan'] as const;
type View = (typeof VIEWS)[number];

/**
 * The day's places as a list (the timeline, the full view) or on the floor plan: two tabs
 * (WAI-ARIA tabs: arrow keys, Home and End move between them).
 */
export function PlaceViews({ list, plan }: { list: ReactNode; plan: ReactNode }) {
  const { t } = useTranslation();
  const id = useId();
  const [view, setView] = useState<View>('list');
  const tabs = useRef<Record<View, HTMLButtonElement | null>>({ list: null, plan: null });
  function onKeyDown(e: KeyboardEvent) {
    const i = VIEWS.indexOf(view);
    const next =
      e.key === 'ArrowRight'
        ? VIEWS[(i + 1) % VIEWS.length]
        : e.key === 'ArrowLeft'
          ? VIEWS[(i + VIEWS.length - 1) % VIEWS.length]
          : e.key === 'Home'
            ? VIEWS[0]
            : e.key === 'End'
              ? VIEWS[VIEWS.length - 1]
              : null;
    if (!next) return;
    e.preventDefault();
    setView(next);
    tabs.current[next]?.focus();
  }
  return (
    <div className={styles.placeViews}>
      <div role="tablist" aria-label={t('floorPlan.tabs.label')} className={styles.placeTabs}>
        {VIEWS.map((v) => (
          <button
            key={v}
            ref={(el) => {
              tabs.current[v] = el;
            }}
            type="button"
            role="tab"
            id={`${id}-${v}-tab`}
            aria-selected={view === v}
            aria-controls={`${id}-${v}`}
            tabIndex={view === v ? 0 : -1}
            onClick={() => setView(v)}
            onKeyDown={onKeyDown}
          >
            {t(`floorPlan.tabs.${v}`)}
          </button>
        ))}
      </div>
      {VIEWS.map((v) => (
        <div key={v} role="tabpanel" id={`${id}-${v}`} aria-labelledby={`${id}-${v}-tab`} hidden={view !== v}>
          {view === v && (v === 'list' ? list : plan)}
        </div>
      ))}
    </div>
  );
}
