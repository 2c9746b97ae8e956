import { queryOptions, useQuery } from '@tanstack/react-query';
import type { PrivacyInfo } from '@popdesk/shared';
import { api } from '../../../lib/api-client';

export const getPrivacyInfo = () => api<PrivacyInfo>('/privacy-info');

export const privacyInfoQueryOptions = () =>
  queryOptions({ queryKey: ['privacy-info'], queryFn: getPrivacyInfo, staleTime: Infinity });

export const usePrivacyInfo = () => useQuery(privacyInfoQueryOptions());
