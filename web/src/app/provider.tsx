import { useState, type ReactNode } from 'react';
import { QueryClientProvider } from '@tanstack/react-query';
import { I18nextProvider } from 'react-i18next';
import { LiveRegionProvider } from '../components/ui/live-region';
import i18n, { initI18n } from '../lib/i18n';
import { createQueryClient } from '../lib/query-client';
import type { QueryClient } from '@tanstack/react-query';

initI18n();

/** Everything the pages rely on: server state, translations, the status announcer. */
export function AppProvider({ children, queryClient }: { children: ReactNode; queryClient?: QueryClient }) {
  const [client] = useState(() => queryClient ?? createQueryClient());
  return (
    <QueryClientProvider client={client}>
      <I18nextProvider i18n={i18n}>
        <LiveRegionProvider>{children}</LiveRegionProvider>
      </I18nextProvider>
    </QueryClientProvider>
  );
}
