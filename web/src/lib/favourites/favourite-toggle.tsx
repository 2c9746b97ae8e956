import { useTranslation } from 'react-i18next';
import { useProblemMessage } from '../problem-message';
import { useFavouriteIds } from './get-favourites';
import { useToggleFavourite } from './toggle-favourite';
import styles from './favourite-toggle.module.css';

/** An outlined star, filled when marked: the shape tells the state, not the colour. */
function Star({ filled }: { filled: boolean }) {
  return (
    <svg
      width={22}
      height={22}
      viewBox="0 0 24 24"
      fill={filled ? 'currentColor' : 'none'}
      stroke="currentColor"
      strokeWidth={2}
      strokeLinejoin="round"
      aria-hidden
      focusable={false}
    >
      <path d="m12 2.8 2.9 5.9 6.5.9-4.7 4.6 1.1 6.5L12 17.6l-5.8 3.1 1.1-6.5-4.7-4.6 6.5-.9z" />
    </svg>
  );
}

/**
 * "Als Favorit merken": a toggle button (`aria-pressed`) for one desk, named with the desk so that
 * a list of them reads apart. Shown only once the caller's favourites are known (signed in).
 */
export function FavouriteToggle({ deskId, deskName }: { deskId: string; deskName: string }) {
  const { t } = useTranslation();
  const problem = useProblemMessage();
  const ids = useFavouriteIds();
  const toggle = useToggleFavourite();
  if (!ids) return null;
  const pressed = toggle.isPending && toggle.variables.deskId === deskId ? toggle.variables.favourite : ids.has(deskId);
  const failed = toggle.isError && toggle.variables.deskId === deskId;
  return (
    <span className={styles.wrap}>
      <button
        type="button"
        className={styles.toggle}
        aria-pressed={pressed}
        aria-busy={toggle.isPending || undefined}
        disabled={toggle.isPending}
        title={pressed ? t('favourites.marked') : t('favourites.mark')}
        onClick={() => toggle.mutate({ deskId, favourite: !pressed })}
      >
        <Star filled={pressed} />
        <span className="visually-hidden">{t('favourites.markDesk', { desk: deskName })}</span>
      </button>
      {failed && (
        <span role="alert" className={styles.error}>
          {problem(toggle.error)}
        </span>
      )}
    </span>
  );
}
