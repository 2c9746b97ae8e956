import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { PrivacyInfo } from '@popdesk/shared';

/** Public: what the privacy page needs from the operator's configuration (GDPR Art. 13). */
export const privacyRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/privacy-info',
    {
      schema: {
        operationId: 'getPrivacyInfo',
        tags: ['privacy'],
        summary: 'Controller details and retention periods for the privacy notice',
        response: { 200: PrivacyInfo },
      },
    },
    async () => {
      const { privacy, retentionMonths, messageRetentionDays, login } = app.config;
      return {
        controller: {
          name: privacy.controllerName,
          address: privacy.controllerAddress,
          email: privacy.controllerEmail,
        },
        dpoEmail: privacy.dpoEmail,
        retentionMonths,
        messageRetentionDays,
        throttleWindowMinutes: Math.round(login.windowMs / 60_000),
      };
    },
  );
};
