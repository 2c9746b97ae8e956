import { useRef, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanEditorState } from '../hooks/use-plan-editor';
import { percent, pointAt, type PlanPoint } from '../utils/positions';
import styles from './floor-plan.module.css';

interface Props {
  deskId: string;
  name: string;
  at: PlanPoint;
  editor: PlanEditorState;
  /** the plan's box, against which a pointer's place is read */
  planRef: RefObject<HTMLDivElement | null>;
}

/** Moved more than this many pixels, a press is a drag, not a click. */
const DRAG_SLOP = 4;

/** One desk on the plan, to drag (pointer) or to move step by step (keyboard). */
export function EditorMarker({ deskId, name, at, editor, planRef }: Props) {
  const { t } = useTranslation();
  const drag = useRef<{ x: number; y: number; moved: boolean } | null>(null);
  const afterDrag = useRef(false);
  return (
    <button
      type="button"
      className={styles.marker}
      data-marker-desk={deskId}
      style={{ left: `${at.x * 100}%`, top: `${at.y * 100}%` }}
      aria-pressed={editor.grabbed === deskId}
      aria-label={t('floorPlan.editor.marker', { desk: name, x: percent(at.x), y: percent(at.y) })}
      onPointerDown={(e) => {
        if (e.button !== 0) return;
        e.currentTarget.setPointerCapture?.(e.pointerId);
        drag.current = { x: e.clientX, y: e.clientY, moved: false };
      }}
      onPointerMove={(e) => {
        const d = drag.current;
        const box = planRef.current?.getBoundingClientRect();
        if (!d || !box) return;
        if (!d.moved && Math.hypot(e.clientX - d.x, e.clientY - d.y) < DRAG_SLOP) return;
        d.moved = true;
        const p = pointAt(e.clientX, e.clientY, box);
        if (p) editor.place(deskId, p);
      }}
      onPointerUp={() => {
        if (drag.current?.moved) {
          afterDrag.current = true; // the click that follows a drag is not a pick
          editor.dropped(deskId);
        }
        drag.current = null;
      }}
      onPointerCancel={() => (drag.current = null)}
      onClick={() => {
        if (afterDrag.current) {
          afterDrag.current = false;
          return;
        }
        editor.toggle(deskId);
      }}
      onKeyDown={(e) => {
        if (editor.key(deskId, e.key, e.shiftKey)) e.preventDefault();
      }}
    >
      <span className={styles.dot} aria-hidden="true" />
      {name}
    </button>
  );
}
