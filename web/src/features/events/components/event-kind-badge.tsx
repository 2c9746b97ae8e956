import { useTranslation } from 'react-i18next';
import type { EventKind } from '@popdesk/shared';

/** Workshop, trial day, meeting or other: a word, in a badge. */
export function EventKindBadge({ kind }: { kind: EventKind }) {
  const { t } = useTranslation();
  return <span className="badge badge-info">{t(`events.kind.${kind}`)}</span>;
}
