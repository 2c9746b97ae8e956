/**
 * Links into the web app, for the e-mails: absolute, under PUBLIC_URL (the SPA's routes in
 * web/src/app/router.tsx). Without PUBLIC_URL the e-mails carry no links: an address guessed from
 * the server's own host name would lead citizens nowhere. Set once per process by the mail plugin
 * (like the booking-event subscribers, the e-mail texts are rendered where no app is at hand).
 */
let base: string | null = null;

/** PUBLIC_URL without a trailing slash, or null. */
export function setMailLinkBase(publicUrl: string | null): void {
  base = publicUrl ? publicUrl.replace(/\/+$/, '') : null;
}

export const mailLinks = {
  /** Whether e-mails carry links at all (PUBLIC_URL is set). */
  enabled: (): boolean => base !== null,
  /** "My bookings": where a person sees, checks in to and cancels their bookings. */
  myBookings: (): string | null => (base ? `${base}/bookings` : null),
  /** A space's day planner on that local date (where a booking is shown, and a free desk booked). */
  spaceDay: (spaceId: string, date: string): string | null =>
    base ? `${base}/spaces/${encodeURIComponent(spaceId)}?date=${date}` : null,
  /** An event's public page (where a person registers, sees their place and withdraws). */
  event: (eventId: string): string | null => (base ? `${base}/events/${encodeURIComponent(eventId)}` : null),
  /** A survey's public answer page (the same address as its poster's QR code). */
  survey: (surveyId: string): string | null => (base ? `${base}/umfrage/${encodeURIComponent(surveyId)}` : null),
  /** The page that sets a new password with a reset token; the path alone without PUBLIC_URL. */
  passwordReset: (token: string): string => `${base ?? ''}/passwort-zuruecksetzen?token=${encodeURIComponent(token)}`,
};
