export * from './primitives.js';
export * from './problem.js';
export * from './accounts.js';
export * from './spaces.js';
export * from './bookings.js';
export * from './reports.js';
export * from './waitlist.js';
export * from './integrations.js';
