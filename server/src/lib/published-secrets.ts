/**
 * Secrets and passwords that have been published (in this repository's docker-compose.yml,
 * .env.example or README, now or in the past): anyone can read them, so a production
 * installation must not run with them. With SEED=false (production) PopDesk refuses to start
 * with one of them; in demo mode it warns at every start.
 */
export const PUBLISHED_SECRETS: readonly string[] = [
  'change-this-secret-before-production-use-0123456789',
  'change-me-please',
  'popdesk-demo-2022',
];

/** The settings that hold a published value ("JWT_SECRET", "ADMIN_PASSWORD"), or none. */
export function publishedSecretsIn(settings: { jwtSecret: string | null; adminPassword: string | null }): string[] {
  const found: string[] = [];
  if (settings.jwtSecret !== null && PUBLISHED_SECRETS.includes(settings.jwtSecret)) found.push('JWT_SECRET');
  if (settings.adminPassword !== null && PUBLISHED_SECRETS.includes(settings.adminPassword))
    found.push('ADMIN_PASSWORD');
  return found;
}
