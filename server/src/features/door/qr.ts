/**
 * What a desk's and a space's QR codes say: the public page to open (door-common decisions) —
 * `/tisch/:deskId` for a desk (its page at the door: check in or walk up), `/spaces/:spaceId` for
 * a space, after the origin lib/qr-code.ts gives (PUBLIC_URL, else the request's own).
 */
export const deskUrl = (origin: string, deskId: string) => `${origin}/tisch/${deskId}`;
export const spaceUrl = (origin: string, spaceId: string) => `${origin}/spaces/${spaceId}`;
