import { useTranslation } from 'react-i18next';
import { NAME_MAX } from '@popdesk/shared';
import { SelectField, TextField } from '../../../components/ui/field';
import type { SurveyBuilder } from '../hooks/use-survey-builder';
import { useErrorText } from '../hooks/use-error-text';
import type { SurveyPlaces } from './survey-meta-fields';

/**
 * Where the survey is: a space (optional) and the town. With a space its town is taken; without one
 * admins type a town (the known ones suggested) and staff choose one of their spaces' towns.
 */
export function PlaceFields({ builder, places }: { builder: SurveyBuilder; places: SurveyPlaces }) {
  const { t } = useTranslation();
  const text = useErrorText();
  const { draft, dispatch, ids, errors } = builder;
  const towns = [...new Set(places.spaces.map((s) => s.town))].sort((a, b) => a.localeCompare(b));
  const townId = ids.field('town');
  const setTown = (town: string) => dispatch({ type: 'place', town, spaceId: '' });
  const townError = text(errors['/town']);
  return (
    <>
      <SelectField
        id={ids.field('spaceId')}
        label={t('surveyAdmin.builder.space')}
        hint={t('surveyAdmin.builder.spaceHint')}
        value={draft.spaceId}
        onChange={(e) => {
          const space = places.spaces.find((s) => s.id === e.target.value);
          dispatch({ type: 'place', spaceId: space?.id ?? '', town: space?.town ?? draft.town });
        }}
      >
        <option value="">{t('surveyAdmin.builder.noSpace')}</option>
        {places.spaces.map((s) => (
          <option key={s.id} value={s.id}>
            {s.name} ({s.town})
          </option>
        ))}
      </SelectField>
      {draft.spaceId ? (
        <TextField
          id={townId}
          label={t('surveyAdmin.builder.town')}
          hint={t('surveyAdmin.builder.townOfSpace')}
          value={draft.town}
          readOnly
          error={townError}
        />
      ) : places.isAdmin ? (
        <>
          <TextField
            id={townId}
            label={t('surveyAdmin.builder.town')}
            hint={t('surveyAdmin.builder.townHintAdmin')}
            value={draft.town}
            maxLength={NAME_MAX}
            list={`${townId}-towns`}
            onChange={(e) => setTown(e.target.value)}
            error={townError}
            required
            autoComplete="off"
          />
          <datalist id={`${townId}-towns`}>
            {towns.map((town) => (
              <option key={town} value={town} />
            ))}
          </datalist>
        </>
      ) : (
        <SelectField
          id={townId}
          label={t('surveyAdmin.builder.town')}
          hint={t('surveyAdmin.builder.townHintStaff')}
          value={draft.town}
          onChange={(e) => setTown(e.target.value)}
          error={townError}
          required
        >
          <option value="">{t('surveyAdmin.builder.chooseTown')}</option>
          {towns.map((town) => (
            <option key={town} value={town}>
              {town}
            </option>
          ))}
        </SelectField>
      )}
    </>
  );
}
