/** What other parts of publishing (the calendar) use of its API. */
export * from './channels-api';
export * from './publications-api';
export type * from './types';
