/**
 * The password-reset e-mail, in the person's language. Wired into accounts by app.ts (accounts
 * sits below mail and cannot import it). The link carries the one-time token; without PUBLIC_URL
 * it is only the path, with a sentence on where to open it (a link built from the request's Host
 * header could be pointed at someone else's site by whoever asks for the reset).
 */
import type { Db } from '../../db/client.js';
import type { ResetRecipient } from '../accounts/password-reset.js';
import { RESET_TOKEN_MINUTES } from '../accounts/password-reset.js';
import { mailLinks } from './links.js';
import { enqueueMail } from './outbox-repo.js';
import type { Rendered } from './templates.js';

export function passwordResetMail(to: ResetRecipient, token: string, hasBase: boolean): Rendered {
  const link = mailLinks.passwordReset(token);
  const greeting = to.name ? ` ${to.name}` : '';
  if (to.locale === 'en') {
    return {
      subject: 'Reset your PopDesk password',
      body: [
        `Hello${greeting},`,
        '',
        'someone asked to reset the password of your PopDesk account. To choose a new password, open this link:',
        '',
        hasBase ? link : `${link}\n(open it on the PopDesk address you use, after the host name)`,
        '',
        `The link works once and for ${RESET_TOKEN_MINUTES} minutes. Setting a new password logs you out on every device.`,
        'If you did not ask for this, ignore this e-mail: your password stays as it is.',
      ].join('\n'),
    };
  }
  return {
    subject: 'PopDesk-Passwort zurücksetzen',
    body: [
      `Hallo${greeting},`,
      '',
      'für Ihr PopDesk-Konto wurde ein neues Passwort angefordert. Über diesen Link wählen Sie ein neues Passwort:',
      '',
      hasBase ? link : `${link}\n(an die PopDesk-Adresse anhängen, die Sie sonst nutzen)`,
      '',
      `Der Link gilt einmal und ${RESET_TOKEN_MINUTES} Minuten lang. Mit dem neuen Passwort werden Sie auf allen Geräten abgemeldet.`,
      'Wenn Sie das nicht angefordert haben, ignorieren Sie diese E-Mail: Ihr Passwort bleibt unverändert.',
    ].join('\n'),
  };
}

/** Queues the reset e-mail in the outbox (`QueueResetMail` for the accounts feature). */
export function queuePasswordResetMail(publicUrl: string | null) {
  return async (db: Db, to: ResetRecipient, token: string, now: Date): Promise<void> => {
    const mail = passwordResetMail(to, token, publicUrl !== null);
    await enqueueMail(db, to, { kind: 'password_reset', userId: to.userId, ...mail }, now);
  };
}
