/** The mail transport, chosen once from the config (tests replace `app.mailer.transport`), and the links' base. */
import fp from 'fastify-plugin';
import { setMailLinkBase } from './links.js';
import { createMailTransport, type MailTransport } from './transport.js';

declare module 'fastify' {
  interface FastifyInstance {
    mailer: { transport: MailTransport };
  }
}

export default fp(async (app) => {
  setMailLinkBase(app.config.publicUrl);
  app.decorate('mailer', { transport: createMailTransport(app.config) });
});
