import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Availability } from '@popdesk/shared';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { useFavourites } from '../../../lib/favourites/get-favourites';
import type { DayPlanner } from '../hooks/use-day-planner';
import styles from './booking.module.css';

/**
 * "Ihr Lieblingsplatz Fenster ist frei – übernehmen?": the first of my favourites in this space
 * that is free for the chosen time (or, before a time is chosen, free at some time still ahead),
 * while another desk or none is chosen. Taking it only chooses the desk; "Nein danke" hides it.
 */
export function FavouriteOffer({ planner, availability }: { planner: DayPlanner; availability: Availability }) {
  const { t } = useTranslation();
  const favourites = useFavourites();
  const [declined, setDeclined] = useState<string | null>(null);
  const { deskId, range } = planner.selection;
  const list = favourites.data ?? [];
  if (list.some((f) => f.deskId === deskId)) return null;
  const isFree = (id: string) => {
    const desk = availability.desks.find((d) => d.deskId === id);
    if (!desk || planner.teamOnly(id)) return false;
    return range ? planner.deskFreeFor(id, range) : desk.free.some((iv) => Date.parse(iv.end) > planner.now);
  };
  const offer = list.find((f) => isFree(f.deskId));
  if (!offer || offer.deskId === declined) return null;
  const name = availability.desks.find((d) => d.deskId === offer.deskId)?.name ?? offer.deskName;
  return (
    <Alert tone="info" className={styles.favouriteOffer}>
      <p id="favourite-offer-text">{t('favourites.offer', { desk: name })}</p>
      <div className="cluster">
        <Button size="small" aria-describedby="favourite-offer-text" onClick={() => planner.chooseDesk(offer.deskId)}>
          {t('favourites.take')}
        </Button>
        <Button size="small" variant="ghost" onClick={() => setDeclined(offer.deskId)}>
          {t('favourites.noThanks')}
        </Button>
      </div>
    </Alert>
  );
}
