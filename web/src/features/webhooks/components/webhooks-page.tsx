import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Webhook, WebhookCreated } from '@popdesk/shared';
import { Alert } from '../../../components/ui/alert';
import { ConfirmDialog } from '../../../components/ui/dialog';
import { IconInfo } from '../../../components/ui/icons';
import { useAnnounce } from '../../../components/ui/live-region';
import { Page } from '../../../components/ui/page';
import { EmptyState, ErrorState, SkeletonCards } from '../../../components/ui/states';
import { viewerTimeZone } from '../../../lib/dates';
import { useProblemMessage } from '../../../lib/problem-message';
import { useDeleteWebhook } from '../api/delete-webhook';
import { useWebhooks } from '../api/get-webhooks';
import { SecretNotice } from './secret-notice';
import { WebhookCard } from './webhook-card';
import { WebhookForm } from './webhook-form';
import styles from './webhooks.module.css';

/** Admins: webhooks that tell municipal systems about bookings, with each one's delivery log. */
export function WebhooksPage() {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const problem = useProblemMessage();
  const webhooks = useWebhooks();
  const timezone = viewerTimeZone();
  // the secret is kept only while it is on screen
  const [created, setCreated] = useState<WebhookCreated | null>(null);
  const [toDelete, setToDelete] = useState<Webhook | null>(null);
  // where focus goes when what had it disappears (the secret notice, a deleted webhook's button)
  const listHeading = useRef<HTMLHeadingElement>(null);
  const remove = useDeleteWebhook({
    onSuccess: () => {
      announce(t('webhooks.deleted'));
      listHeading.current?.focus();
    },
  });

  return (
    <Page title={t('webhooks.title')} intro={t('webhooks.intro')}>
      <div className={styles.layout}>
        <div className={styles.side}>
          {created ? (
            <SecretNotice
              webhook={created}
              onDone={() => {
                setCreated(null);
                listHeading.current?.focus();
              }}
            />
          ) : (
            <WebhookForm
              onCreated={(w) => {
                setCreated(w);
                announce(t('webhooks.registered', { url: w.url }));
              }}
            />
          )}
        </div>

        <section aria-labelledby="webhooks-list-heading" className={styles.main}>
          <h2 id="webhooks-list-heading" ref={listHeading} tabIndex={-1}>
            {t('webhooks.listHeading')}
          </h2>
          {remove.error != null && (
            <Alert tone="error" title={t('webhooks.deleteFailed')}>
              <p>{problem(remove.error)}</p>
            </Alert>
          )}
          {webhooks.isPending && <SkeletonCards count={2} label={t('webhooks.loading')} />}
          {webhooks.isError && <ErrorState error={webhooks.error} onRetry={() => void webhooks.refetch()} />}
          {webhooks.data?.length === 0 && (
            <EmptyState icon={<IconInfo size={32} />} title={t('webhooks.emptyTitle')}>
              {t('webhooks.empty')}
            </EmptyState>
          )}
          {webhooks.data && webhooks.data.length > 0 && (
            <ul className={styles.list}>
              {webhooks.data.map((w) => (
                <li key={w.id}>
                  <WebhookCard
                    webhook={w}
                    timezone={timezone}
                    deleting={remove.isPending && remove.variables === w.id}
                    onDelete={setToDelete}
                  />
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>

      <ConfirmDialog
        open={toDelete !== null}
        title={t('webhooks.deleteTitle')}
        confirmLabel={t('webhooks.deleteConfirm')}
        confirmVariant="danger"
        onCancel={() => setToDelete(null)}
        onConfirm={() => {
          if (toDelete) remove.mutate(toDelete.id);
          setToDelete(null);
        }}
      >
        {toDelete && <p className={styles.url}>{t('webhooks.deleteText', { url: toDelete.url })}</p>}
      </ConfirmDialog>
    </Page>
  );
}
