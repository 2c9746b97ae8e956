import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Survey } from '@popdesk/shared';
import { useAnnounce } from '../../../components/ui/live-region';
import { useDeleteSurvey } from '../api/delete-survey';
import { useSaveSurvey } from '../api/save-survey';

/**
 * What staff do with a survey from the list or its page: copy its public link, close or reopen it,
 * delete it (after a confirmation: `deleting` is the survey asked about). Each says so in the live
 * region; `notice` is the last outcome to show on the page.
 */
export function useSurveyActions({ onDeleted }: { onDeleted?: (survey: Survey) => void } = {}) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const [deleting, setDeleting] = useState<Survey | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const tell = (text: string) => {
    setNotice(text);
    announce(text);
  };
  const status = useSaveSurvey({
    onSuccess: (s) =>
      tell(t(s.status === 'open' ? 'surveyAdmin.list.reopened' : 'surveyAdmin.list.closed', { title: s.title })),
  });
  const remove = useDeleteSurvey({
    onSuccess: (s) => {
      setDeleting(null);
      tell(t('surveyAdmin.list.deleted', { title: s.title }));
      onDeleted?.(s);
    },
  });

  async function copyLink(survey: Survey) {
    try {
      await navigator.clipboard.writeText(survey.url);
      tell(t('surveyAdmin.list.linkCopied', { title: survey.title }));
    } catch {
      // no clipboard here: the link in words, to select and copy
      setNotice(survey.url);
    }
  }

  return {
    copyLink,
    toggleStatus: (s: Survey) => {
      setNotice(null);
      status.mutate({ mode: 'edit', id: s.id, body: { status: s.status === 'open' ? 'closed' : 'open' } });
    },
    /** the survey whose status is being changed */
    statusBusy: status.isPending ? (status.variables as { id?: string }).id : undefined,
    statusError: status.error,
    askDelete: (s: Survey) => {
      remove.reset();
      setDeleting(s);
    },
    cancelDelete: () => setDeleting(null),
    confirmDelete: () => deleting && remove.mutate(deleting),
    deleting,
    remove,
    notice,
  };
}
