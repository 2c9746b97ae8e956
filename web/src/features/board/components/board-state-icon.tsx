import type { BoardState } from '@popdesk/shared';

/**
 * The state as a shape, next to its word (never colour alone): a tick for free, a cross for
 * taken, a padlock for closed. Decorative: the text carries the meaning.
 */
export function BoardStateIcon({ state, size = 32 }: { state: BoardState; size?: number }) {
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={2.5}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden
      focusable={false}
    >
      {state === 'free' && (
        <>
          <circle cx="12" cy="12" r="10" />
          <path d="m7 12.5 3.2 3.2L17 9" />
        </>
      )}
      {state === 'taken' && (
        <>
          <circle cx="12" cy="12" r="10" />
          <path d="m8 8 8 8M16 8l-8 8" />
        </>
      )}
      {state === 'closed' && (
        <>
          <rect x="5" y="11" width="14" height="10" rx="2" />
          <path d="M8 11V7a4 4 0 0 1 8 0v4" />
        </>
      )}
    </svg>
  );
}
