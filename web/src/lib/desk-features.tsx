/**
 * Desk features (contract, "At the door"): one place for their names, icons and order, so the
 * desk form, the day view, the board and any other screen show them the same way. The icon is
 * always decorative; the text next to it carries the meaning.
 */
import type { ReactNode, SVGProps } from 'react';
import { useTranslation } from 'react-i18next';
import { DESK_FEATURES, type DeskFeature } from '@popdesk/shared';

export { DESK_FEATURES, type DeskFeature };

const svg = (size: number): SVGProps<SVGSVGElement> => ({
  width: size,
  height: size,
  viewBox: '0 0 24 24',
  fill: 'none',
  stroke: 'currentColor',
  strokeWidth: 2,
  strokeLinecap: 'round',
  strokeLinejoin: 'round',
  'aria-hidden': true,
  focusable: false,
});

const paths: Record<DeskFeature, ReactNode> = {
  monitor: (
    <>
      <rect x="3" y="4" width="18" height="12" rx="1.5" />
      <path d="M8 20h8M12 16v4" />
    </>
  ),
  standing: <path d="M4 8h16M7 8v13M17 8v13M9 3h6M12 3v5" />,
  quiet: (
    <>
      <path d="M11 5 6 9H3v6h3l5 4z" />
      <path d="m16 9 5 6M21 9l-5 6" />
    </>
  ),
  window: (
    <>
      <rect x="4" y="3" width="16" height="18" rx="1" />
      <path d="M12 3v18M4 12h16" />
    </>
  ),
  power: <path d="M13 2 4 14h7l-1 8 9-12h-7z" />,
  accessible: (
    <>
      <circle cx="12" cy="4" r="1.8" />
      <path d="M12 7v6h5l2 6M7 11a6 6 0 1 0 8 7" />
    </>
  ),
  docking: (
    <>
      <rect x="5" y="3" width="14" height="11" rx="1.5" />
      <path d="M3 18h18M9 14v4M15 14v4" />
    </>
  ),
};

/** The feature's icon (decorative: pair it with `deskFeatureLabel`). */
export function DeskFeatureIcon({ feature, size = 16 }: { feature: DeskFeature; size?: number }) {
  return <svg {...svg(size)}>{paths[feature]}</svg>;
}

/** A translate function's label for a feature, e.g. "Stehtisch" / "Standing desk". */
export function useDeskFeatureLabel(): (feature: DeskFeature) => string {
  const { t } = useTranslation();
  return (feature) => t(`deskFeatures.label.${feature}`);
}

/** Features in the canonical order (the order of DESK_FEATURES), whatever order they came in. */
export function sortDeskFeatures(features: readonly string[]): DeskFeature[] {
  return DESK_FEATURES.filter((f) => features.includes(f));
}

/** Reads `?features=monitor,quiet`: known features only, canonical order, no duplicates. */
export function parseDeskFeatures(value: string | null | undefined): DeskFeature[] {
  if (!value) return [];
  return sortDeskFeatures(value.split(',').map((s) => s.trim()));
}

/** Writes the query value (`monitor,quiet`), or null for none. */
export function formatDeskFeatures(features: readonly DeskFeature[]): string | null {
  const sorted = sortDeskFeatures(features);
  return sorted.length > 0 ? sorted.join(',') : null;
}

/**
 * The desk's features as small icon + text badges in a list. Nothing when there are none,
 * unless `showNone` asks for a short "no features listed".
 */
export function DeskFeatureBadges({
  features,
  showNone = false,
}: {
  features: readonly string[] | undefined;
  showNone?: boolean;
}) {
  const { t } = useTranslation();
  const label = useDeskFeatureLabel();
  const sorted = sortDeskFeatures(features ?? []);
  if (sorted.length === 0) {
    return showNone ? <span className="muted">{t('deskFeatures.none')}</span> : null;
  }
  return (
    <ul className="desk-features" aria-label={t('deskFeatures.listLabel')}>
      {sorted.map((f) => (
        <li key={f} className="badge badge-neutral desk-feature">
          <DeskFeatureIcon feature={f} size={14} />
          {label(f)}
        </li>
      ))}
    </ul>
  );
}
