import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

export interface PrivacyInfo {
  controller: { name: string | null; address: string | null; email: string | null };
  dpoEmail: string | null;
  retentionMonths: number;
  messageRetentionDays: number;
  throttleWindowMinutes: number;
}

export const getPrivacyInfo = () => api<PrivacyInfo>('/privacy-info');

export const privacyInfoQueryOptions = () => queryOptions({ queryKey: ['privacy-info'], queryFn: getPrivacyInfo, staleTime: Infinity });

export const usePrivacyInfo = () => useQuery(privacyInfoQueryOptions());
