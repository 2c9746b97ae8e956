import type { Space } from '@popdesk/shared';

/**
 * What a space's dates say about it. Only a space with a last day (`closesOn`) is a pop-up; a
 * permanent space that opened in the past is "open since <year>"; one opening later says so
 * in its open badge.
 */
export type SpaceLife =
  | { kind: 'pop-up'; opensOn: string | null; closesOn: string }
  | { kind: 'since'; year: string }
  | { kind: 'permanent' };

export function spaceLife(space: Pick<Space, 'opensOn' | 'closesOn'>, today: string): SpaceLife {
  if (space.closesOn) return { kind: 'pop-up', opensOn: space.opensOn, closesOn: space.closesOn };
  if (space.opensOn && space.opensOn <= today) return { kind: 'since', year: space.opensOn.slice(0, 4) };
  return { kind: 'permanent' };
}
