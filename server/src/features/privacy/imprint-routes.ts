import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Imprint } from '@popdesk/shared';

/** Public: the provider's details for the imprint page (IMPRINT_* settings; null = not set). */
export const imprintRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/imprint',
    {
      schema: {
        operationId: 'getImprint',
        tags: ['privacy'],
        summary: "The provider's details for the imprint (Impressum)",
        response: { 200: Imprint },
      },
    },
    async () => app.config.imprint,
  );
};
