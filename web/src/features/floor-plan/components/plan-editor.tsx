import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { FloorPlanMeta } from '@popdesk/shared';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { useProblemMessage } from '../../../lib/problem-message';
import { usePlanEditor, type PlanDesk } from '../hooks/use-plan-editor';
import { EditorMarker } from './editor-marker';
import styles from './floor-plan.module.css';

interface Props {
  plan: FloorPlanMeta;
  spaceName: string;
  desks: PlanDesk[];
  onSaved?: () => void;
}

/** The plan with the desks on it, those not yet on it, and saving what was moved. */
export function PlanEditor({ plan, spaceName, desks, onSaved }: Props) {
  const { t } = useTranslation();
  const message = useProblemMessage();
  const editor = usePlanEditor(desks, onSaved);
  const planRef = useRef<HTMLDivElement>(null);
  const sectionRef = useRef<HTMLElement>(null);
  // a desk put on the plan (or taken off it) leaves the list (or the plan): focus follows it
  const focusNext = useRef<string | null>(null);
  useEffect(() => {
    if (!focusNext.current) return;
    sectionRef.current?.querySelector<HTMLElement>(focusNext.current)?.focus();
    focusNext.current = null;
  });
  const unplaced = desks.filter((d) => !editor.at(d.id));
  const count = editor.changed.length;
  return (
    <section ref={sectionRef} aria-labelledby="plan-editor-heading" className={styles.section}>
      <h2 id="plan-editor-heading">{t('floorPlan.editor.heading')}</h2>
      <p className="hint" id="plan-editor-help">
        {t('floorPlan.editor.help')}
      </p>
      <div
        ref={planRef}
        className={styles.plan}
        style={{ aspectRatio: `${plan.width} / ${plan.height}` }}
        aria-describedby="plan-editor-help"
      >
        <img className={styles.image} src={plan.url} alt={t('floorPlan.imageAlt', { space: spaceName })} />
        {desks.map((d) => {
          const at = editor.at(d.id);
          return at ? (
            <EditorMarker key={d.id} deskId={d.id} name={d.name} at={at} editor={editor} planRef={planRef} />
          ) : null;
        })}
      </div>
      {editor.grabbed && (
        <p>
          <Button
            variant="ghost"
            size="small"
            onClick={() => {
              focusNext.current = `[data-place-desk="${editor.grabbed}"]`;
              editor.takeOff(editor.grabbed!);
            }}
          >
            {t('floorPlan.editor.takeOff', { desk: desks.find((d) => d.id === editor.grabbed)?.name ?? '' })}
          </Button>
        </p>
      )}
      <h3>{t('floorPlan.editor.unplacedHeading')}</h3>
      {unplaced.length === 0 ? (
        <p>{t('floorPlan.editor.allPlaced')}</p>
      ) : (
        <ul className={styles.unplaced}>
          {unplaced.map((d, i) => (
            <li key={d.id}>
              <Button
                variant="secondary"
                size="small"
                data-place-desk={d.id}
                onClick={() => {
                  editor.putOn(d.id, i);
                  focusNext.current = `[data-marker-desk="${d.id}"]`;
                }}
              >
                {t('floorPlan.editor.placeDesk', { desk: d.name })}
              </Button>
            </li>
          ))}
        </ul>
      )}
      {editor.save.isError && (
        <Alert tone="error">
          <p>{message(editor.save.error)}</p>
        </Alert>
      )}
      <div className={styles.toolbar}>
        <Button onClick={editor.submit} disabled={count === 0} busy={editor.save.isPending}>
          {count === 0 ? t('floorPlan.editor.noChanges') : t('floorPlan.editor.save', { count })}
        </Button>
        {count > 0 && (
          <Button variant="secondary" onClick={editor.discard}>
            {t('floorPlan.editor.discard')}
          </Button>
        )}
      </div>
    </section>
  );
}
