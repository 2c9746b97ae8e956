/**
 * Where e-mail goes: SMTP through nodemailer when SMTP_URL is set; otherwise an .eml file per
 * message in DATA_DIR/outbox (so the demo works without a mail server), or, with no DATA_DIR
 * (tests), nowhere but the outbox table, which admins read in the app either way.
 */
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { isIP } from 'node:net';
import { join } from 'node:path';
import type { Transporter } from 'nodemailer';
import type { Config } from '../../config.js';
import type { Attachment } from './outbox-repo.js';

export interface OutgoingMail {
  id: string;
  from: string;
  to: string;
  subject: string;
  text: string;
  attachments: Attachment[];
}

export interface MailTransport {
  /** Stored with each sent message: smtp, file or db. */
  readonly name: string;
  send(mail: OutgoingMail): Promise<void>;
  /** Erasure (GDPR Art. 17): drop the copies this transport keeps of these messages, if any. */
  forget?(ids: string[]): Promise<void>;
}

type TransportConfig = Pick<Config, 'mail' | 'dataDir'> & Partial<Pick<Config, 'publicUrl'>>;

/**
 * The right-hand side of Message-IDs (RFC 5322 §3.6.4: a domain that makes the id globally
 * unique): PUBLIC_URL's host name when it is a domain, else MAIL_FROM's domain. Spam filters and
 * mail archives reject or mistrust ids like `<…@popdesk>` without a fully qualified domain.
 */
export function messageIdDomain(config: Pick<TransportConfig, 'mail' | 'publicUrl'>): string {
  const host = config.publicUrl ? URL.parse(config.publicUrl)?.hostname : undefined;
  if (host && host.includes('.') && !isIP(host.replace(/^\[|\]$/g, ''))) return host;
  const fromDomain = /@([^@\s<>]+)>?\s*$/.exec(config.mail.from)?.[1];
  return fromDomain ?? 'popdesk.invalid';
}

const toNodemailer = (m: OutgoingMail, domain: string) => ({
  from: m.from,
  to: m.to,
  subject: m.subject,
  text: m.text,
  messageId: `<${m.id}@${domain}>`,
  attachments: m.attachments.map((a) => ({ filename: a.filename, contentType: a.contentType, content: a.content })),
});

/**
 * A nodemailer transport made with the first message sent: loading nodemailer took a fifth of a
 * second of every start of the server, most of which send no mail for a while.
 */
function lazyTransport(options: string | Record<string, unknown>): () => Promise<Transporter> {
  let transport: Promise<Transporter> | null = null;
  return () =>
    (transport ??= import('nodemailer').then(({ default: nodemailer }) => nodemailer.createTransport(options)));
}

export function createMailTransport(config: TransportConfig): MailTransport {
  const domain = messageIdDomain(config);
  if (config.mail.smtpUrl) {
    const smtp = lazyTransport(config.mail.smtpUrl);
    return { name: 'smtp', send: async (m) => void (await (await smtp()).sendMail(toNodemailer(m, domain))) };
  }
  if (config.dataDir) {
    const dir = join(config.dataDir, 'outbox');
    // CRLF line ends, as RFC 5322 requires of a message (and as mail clients opening an .eml expect)
    const files = lazyTransport({ streamTransport: true, buffer: true, newline: 'windows' });
    return {
      name: 'file',
      async send(m) {
        const info = await (await files()).sendMail(toNodemailer(m, domain));
        await mkdir(dir, { recursive: true });
        await writeFile(
          join(dir, `${new Date().toISOString().replace(/[:.]/g, '-')}-${m.id}.eml`),
          info.message as Buffer,
        );
      },
      async forget(ids) {
        const gone = new Set(ids);
        const names = await readdir(dir).catch(() => [] as string[]);
        const mine = names.filter((n) => gone.has(/-([0-9a-f-]{36})\.eml$/.exec(n)?.[1] ?? ''));
        await Promise.all(mine.map((n) => rm(join(dir, n), { force: true })));
      },
    };
  }
  return { name: 'db', send: async () => {} };
}
