/**
 * What the app and the service worker say to each other. Types only, on purpose: the service
 * worker is built as one classic script, and a value imported by both would become a shared chunk
 * it cannot load. The type checker keeps the literals on both sides the same.
 */

/** SKIP_WAITING: the person chose to load the new version. CLEAR_DATA: logged out, forget the saved answers. */
export type SwMessage = { type: 'SKIP_WAITING' } | { type: 'CLEAR_DATA' };

/** The cache of saved API answers (per URL), read offline, dropped on logout. */
export type DataCacheName = 'popdesk-data';
