/**
 * The caller as the API sees them (`request.auth`): the profile plus the spaces they run. Loaded
 * by the accounts feature (users-repo.ts `findAuthUser`); every layer reads it, so it lives here.
 */
export interface AuthUser {
  id: string;
  email: string;
  name: string;
  role: 'coworker' | 'staff' | 'admin' | 'analyst';
  group: string;
  locale: 'de' | 'en';
  spaceIds: string[];
  calendarToken: string;
  tokensValidAfter: Date;
}
