import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useAnnounce } from '../../../components/ui/live-region';
import { formatFilter, type AnswerFilter } from '../utils/filters';

/**
 * Says in the live region how many responses match once the results of new filters have come
 * (not for the first, unfiltered load: the page says that itself).
 */
export function useMatchingAnnouncement(filters: AnswerFilter[], responses: number | undefined, settled: boolean) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const key = filters.map(formatFilter).join('\n');
  const last = useRef<string | null>(null);
  useEffect(() => {
    if (!settled || responses === undefined || last.current === key) return;
    const first = last.current === null;
    last.current = key;
    if (first && key === '') return;
    announce(
      key === ''
        ? t('surveyResults.filter.allAnnounced', { count: responses })
        : t('surveyResults.filter.matchingAnnounced', { count: responses }),
    );
  }, [key, responses, settled, announce, t]);
}
