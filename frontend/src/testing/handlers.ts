import { http, HttpResponse } from 'msw';

import { systemInfo } from './data';
import { accountHandlers } from './fake-account';
import { calendarHandlers } from './fake-calendar';
import { contentItemHandlers } from './fake-content-item';
import { contentListHandlers } from './fake-content-list';
import { fakeIdentity, identityHandlers } from './fake-identity';
import { publishingHandlers } from './fake-publishing';
import { mediaHandlers } from './fake-media';
import { newsletterHandlers } from './fake-newsletter';
import { settingsHandlers } from './fake-settings';

/** Mirrors the backend; the `/api/v1` prefix matches what the base API sends. */
export const handlers = [
  http.get('*/api/v1/system', ({ request }) => {
    // Like the backend, the system page needs a signed-in user.
    const user = fakeIdentity.authenticate(request);
    return user instanceof HttpResponse ? user : HttpResponse.json(systemInfo);
  }),
  ...identityHandlers,
  ...accountHandlers,
  ...settingsHandlers,
  // before the content fakes: it answers transitions of its own items and passes on the rest
  ...calendarHandlers,
  ...contentListHandlers,
  ...contentItemHandlers,
  ...publishingHandlers,
  ...mediaHandlers,
  ...newsletterHandlers,
];
