import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeskDoor } from '@popdesk/shared';
import { Button } from '../../../components/ui/button';
import { TextField } from '../../../components/ui/field';
import { zonedInstant } from '../../../lib/dates';
import { useFormat } from '../../../lib/use-format';
import type { DoorStep } from '../hooks/use-door-step';
import { checkUntil, type UntilProblem } from '../utils/door-offer';
import { BigButton, WalkUpError } from './door-parts';
import styles from './desk-door.module.css';

/**
 * Free now: one tap books from now until `until` (where the server's walk-up ends without a time)
 * and checks in; or the person picks an earlier end first.
 */
export function WalkUpOffer({ door, until, step }: { door: DeskDoor; until: string; step: DoorStep }) {
  const { t } = useTranslation();
  const f = useFormat();
  const tz = door.space.timezone;
  const latest = f.time(until, tz);
  const [problem, setProblem] = useState<UntilProblem | null>(null);
  const { walkUp } = step;
  // a tap on "other end time" moves focus into the field it opens
  const [opened, setOpened] = useState(false);
  const field = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (opened && step.choosing) field.current?.focus();
  }, [opened, step.choosing]);

  function submitChosen(e: FormEvent) {
    e.preventDefault();
    const chosen = step.until ? zonedInstant(door.now.date, step.until, tz) : null;
    const found = checkUntil(chosen, new Date(), new Date(until));
    setProblem(found);
    if (found || !chosen) return;
    walkUp.mutate({ until: chosen.toISOString() });
  }

  if (!step.choosing) {
    return (
      <>
        <WalkUpError door={door} error={walkUp.error} />
        <BigButton busy={walkUp.isPending} onClick={() => walkUp.mutate({})}>
          {t('deskDoor.walkUp', { time: latest })}
        </BigButton>
        <Button
          variant="ghost"
          className={styles.secondary}
          onClick={() => {
            setOpened(true);
            step.chooseEnd();
          }}
        >
          {t('deskDoor.otherEnd')}
        </Button>
      </>
    );
  }
  return (
    <form onSubmit={submitChosen} noValidate className={styles.endForm}>
      <WalkUpError door={door} error={walkUp.error} />
      <TextField
        ref={field}
        label={t('deskDoor.untilLabel')}
        hint={t('deskDoor.untilHint', { time: latest })}
        type="time"
        name="until"
        step={300}
        max={latest}
        required
        value={step.until}
        onChange={(e) => {
          setProblem(null);
          step.setUntil(e.target.value);
        }}
        error={problem ? t(`deskDoor.untilProblem.${problem}`, { time: latest }) : null}
      />
      <BigButton type="submit" busy={walkUp.isPending}>
        {step.until ? t('deskDoor.walkUpUntil', { time: step.until }) : t('deskDoor.walkUpChosen')}
      </BigButton>
      <Button variant="ghost" className={styles.secondary} onClick={step.cancelChoice}>
        {t('deskDoor.backToDefault', { time: latest })}
      </Button>
    </form>
  );
}
