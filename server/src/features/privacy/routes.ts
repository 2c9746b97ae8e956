import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';

const Nullable = (t = Type.String()) => Type.Union([t, Type.Null()]);

const PrivacyInfo = Type.Object({
  controller: Type.Object({ name: Nullable(), address: Nullable(), email: Nullable() }),
  dpoEmail: Nullable(),
  /** Months after which the personal link of past bookings is anonymised. */
  retentionMonths: Type.Integer(),
  /** Days sent e-mails and webhook deliveries are kept. */
  messageRetentionDays: Type.Integer(),
  /** Days a failed-login or registration counter is kept. */
  throttleWindowMinutes: Type.Integer(),
});

/** Public: what the privacy page needs from the operator's configuration (GDPR Art. 13). */
export const privacyRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/privacy-info',
    { schema: { tags: ['privacy'], summary: 'Controller details and retention periods for the privacy notice', response: { 200: PrivacyInfo } } },
    async () => {
      const { privacy, retentionMonths, messageRetentionDays, login } = app.config;
      return {
        controller: { name: privacy.controllerName, address: privacy.controllerAddress, email: privacy.controllerEmail },
        dpoEmail: privacy.dpoEmail,
        retentionMonths,
        messageRetentionDays,
        throttleWindowMinutes: Math.round(login.windowMs / 60_000),
      };
    },
  );
};
