import { useTranslation } from 'react-i18next';
import type { Event, SpaceDetail } from '@popdesk/shared';
import { Page } from '../../../components/ui/page';
import { EventForm } from './event-form';

interface Props {
  space: SpaceDetail;
  /** the day the form starts on */
  date: string;
  onCreated: (event: Event) => void;
}

/** A new event in one of the person's spaces. */
export function CreateEventPage({ space, date, onCreated }: Props) {
  const { t } = useTranslation();
  return (
    <Page
      title={t('eventAdmin.form.newTitle')}
      intro={t('eventAdmin.form.newIntro', { space: space.name, town: space.town })}
    >
      <EventForm space={space} date={date} onSaved={(e) => onCreated(e)} />
    </Page>
  );
}
