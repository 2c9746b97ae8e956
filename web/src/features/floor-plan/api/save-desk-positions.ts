import { useMutation } from '@tanstack/react-query';
import type { Desk } from '@popdesk/shared';
import { api } from '../../../lib/api-client';
import type { PlanPoint } from '../utils/positions';

export interface DeskPosition {
  deskId: string;
  /** null: off the plan */
  at: PlanPoint | null;
}

export const saveDeskPosition = ({ deskId, at }: DeskPosition) =>
  api<Desk>(`/desks/${encodeURIComponent(deskId)}`, {
    method: 'PATCH',
    body: { planX: at?.x ?? null, planY: at?.y ?? null },
  });

/** One PATCH per moved desk, one after the other: what was saved before a failure stays saved. */
export function useSaveDeskPositions(options: { onSuccess?: (saved: Desk[]) => void; onSettled?: () => void } = {}) {
  return useMutation({
    mutationFn: async (positions: DeskPosition[]) => {
      const saved: Desk[] = [];
      for (const p of positions) saved.push(await saveDeskPosition(p));
      return saved;
    },
    onSuccess: (saved) => options.onSuccess?.(saved),
    onSettled: () => options.onSettled?.(),
  });
}
