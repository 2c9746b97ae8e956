export const CHROMIUM = '/usr/bin/chromium';
export const ADMIN = { email: 'e2e-admin@popdesk.test', password: 'e2e-admin-password' };
export const TZ = 'Europe/Berlin';
