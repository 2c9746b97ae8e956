import { useCallback } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { setToken } from '../auth-token';
import { forgetLanguageChoice } from '../i18n';

/**
 * Logging out is local: the token is stateless, so we forget it and every cached answer. The
 * language stays on screen, but the next person to log in here gets their profile's.
 */
export function useLogout() {
  const queryClient = useQueryClient();
  return useCallback(() => {
    setToken(null);
    forgetLanguageChoice();
    queryClient.clear();
  }, [queryClient]);
}
