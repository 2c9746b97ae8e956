import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FLOOR_PLAN_MAX_BYTES, FLOOR_PLAN_MAX_SIDE, type FloorPlanMeta } from '@popdesk/shared';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { ConfirmDialog } from '../../../components/ui/dialog';
import { Field } from '../../../components/ui/field';
import { isApiError } from '../../../lib/api-client';
import { useAnnounce } from '../../../components/ui/live-region';
import { useProblemMessage } from '../../../lib/problem-message';
import { useDeleteFloorPlan } from '../api/delete-floor-plan';
import { useUploadFloorPlan } from '../api/upload-floor-plan';
import { checkPlanFile, megabytes, planTypeOf } from '../utils/plan-file';
import styles from './floor-plan.module.css';

interface Props {
  spaceId: string;
  plan: FloorPlanMeta | null;
  /** The plan or the desks' places changed. */
  onChanged?: () => void;
}

/** Choosing, checking and sending the plan's file; removing the plan. Errors in words, at the field. */
export function PlanUpload({ spaceId, plan, onChanged }: Props) {
  const { t, i18n } = useTranslation();
  const message = useProblemMessage();
  const announce = useAnnounce();
  const inputId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [localError, setLocalError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const max = megabytes(FLOOR_PLAN_MAX_BYTES, i18n.language);
  const upload = useUploadFloorPlan(spaceId, {
    // the refusal is shown at the field; said too, as focus stays on the button
    onError: (err) => announce(serverError(err)),
    onSuccess: (p) => {
      announce(t('floorPlan.upload.uploaded', { width: p.width, height: p.height }));
      onChanged?.();
    },
  });
  const remove = useDeleteFloorPlan(spaceId, {
    onSuccess: () => {
      setConfirming(false);
      announce(t('floorPlan.upload.removed'));
      onChanged?.();
    },
  });

  function serverError(error: unknown): string {
    if (!isApiError(error)) return message(error);
    const detail = error.problem.detail ?? '';
    if (error.status === 413)
      return t('floorPlan.upload.tooBig', { size: megabytes(file?.size ?? 0, i18n.language), max });
    if (error.status === 415) return t('floorPlan.upload.wrongType');
    if (error.slug === 'unsafe-svg') return t('floorPlan.upload.unsafe', { detail });
    if (error.slug === 'not-an-image') return t('floorPlan.upload.notAnImage', { detail, side: FLOOR_PLAN_MAX_SIDE });
    return message(error);
  }

  function submit(e: FormEvent) {
    e.preventDefault();
    upload.reset();
    const problem = checkPlanFile(file);
    if (problem) {
      setLocalError(
        problem.kind === 'none'
          ? t('floorPlan.upload.noFile')
          : problem.kind === 'wrong-type'
            ? t('floorPlan.upload.wrongType')
            : t('floorPlan.upload.tooBig', { size: megabytes(problem.size, i18n.language), max }),
      );
      document.getElementById(inputId)?.focus();
      return;
    }
    setLocalError(null);
    upload.mutate({ file: file!, type: planTypeOf(file!)! });
  }

  const error = localError ?? (upload.isError ? serverError(upload.error) : null);
  return (
    <section aria-labelledby="plan-upload-heading" className={styles.section}>
      <h2 id="plan-upload-heading">{t('floorPlan.upload.heading')}</h2>
      <p>
        {plan
          ? t('floorPlan.upload.current', {
              type: plan.mediaType === 'image/png' ? 'PNG' : 'SVG',
              width: plan.width,
              height: plan.height,
            })
          : t('floorPlan.upload.none')}
      </p>
      <form onSubmit={submit} noValidate>
        <Field
          id={inputId}
          label={t('floorPlan.upload.label', { max })}
          hint={t('floorPlan.upload.hint')}
          error={error}
        >
          {(control) => (
            <input
              {...control}
              type="file"
              accept="image/svg+xml,image/png,.svg,.png"
              onChange={(e) => {
                setFile(e.target.files?.[0] ?? null);
                setLocalError(null);
                upload.reset();
              }}
            />
          )}
        </Field>
        <div className={styles.toolbar}>
          <Button type="submit" busy={upload.isPending}>
            {t('floorPlan.upload.submit')}
          </Button>
          {plan && (
            <Button variant="danger" onClick={() => setConfirming(true)}>
              {t('floorPlan.upload.remove')}
            </Button>
          )}
        </div>
      </form>
      {remove.isError && (
        <Alert tone="error">
          <p>{message(remove.error)}</p>
        </Alert>
      )}
      <ConfirmDialog
        open={confirming}
        title={t('floorPlan.upload.removeTitle')}
        confirmLabel={t('floorPlan.upload.remove')}
        confirmVariant="danger"
        busy={remove.isPending}
        onConfirm={() => remove.mutate()}
        onCancel={() => setConfirming(false)}
      >
        <p>{t('floorPlan.upload.removeText')}</p>
      </ConfirmDialog>
    </section>
  );
}
