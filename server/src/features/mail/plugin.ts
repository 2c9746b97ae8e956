/** The mail transport, chosen once from the config; tests replace `app.mailer.transport`. */
import fp from 'fastify-plugin';
import { createMailTransport, type MailTransport } from './transport.js';

declare module 'fastify' {
  interface FastifyInstance {
    mailer: { transport: MailTransport };
  }
}

export default fp(async (app) => {
  app.decorate('mailer', { transport: createMailTransport(app.config) });
});
