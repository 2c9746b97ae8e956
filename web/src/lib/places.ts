import type { TFunction } from 'i18next';

/**
 * How a place reads in one line. Addresses are usually stored with postcode and town
 * ("Laborstraße 1, 19322 Wittenberge"): the town is added only when the address does not name it.
 */
export function addressLine(address: string | null | undefined, town: string | null | undefined): string {
  const a = address?.trim() ?? '';
  const t = town?.trim() ?? '';
  if (!a) return t;
  if (!t || a.toLocaleLowerCase().includes(t.toLocaleLowerCase())) return a;
  return `${a}, ${t}`;
}

/**
 * Whether a desk's name says what it is ("Arbeitsplatz 1", "Konferenztisch") or is only a number or
 * code ("12", "A3") that needs a word in front — as the server's calendar titles do.
 */
export const deskNameSpeaks = (deskName: string) => /\p{L}{2,}/u.test(deskName);

/** A booking's calendar title: "Arbeitsplatz 1 – Dorfbüro" (the desk named once), "Arbeitsplatz 12 – …" for a bare number. */
export const calendarTitle = (t: TFunction, deskName: string, spaceName: string) =>
  t('booking.icsSummary', {
    space: spaceName,
    desk: deskNameSpeaks(deskName) ? deskName : t('booking.icsDesk', { name: deskName }),
  });
