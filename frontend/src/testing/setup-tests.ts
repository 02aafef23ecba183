import '@testing-library/jest-dom/vitest';

import { Menu, Popover } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { cleanup, configure } from '@testing-library/react';

import { theme } from '@/app/theme';
import { resetSessionRestore } from '@/features/identity/components/session-gate';
import { sessionStore } from '@/lib/auth/session-store';

import { fakeAccount } from './fake-account';
import { fakeContentItem } from './fake-content-item';
import { fakeContentList } from './fake-content-list';
import { fakeIdentity } from './fake-identity';
import { fakeMedia } from './fake-media';
import { fakeSettings } from './fake-settings';
import { server } from './server';

// Whole-app renders load lazy chunks; give them time on a busy CI machine.
configure({ asyncUtilTimeout: 5000 });

// jsdom lays nothing out (every rectangle is empty), so floating-ui may judge a menu's anchor
// "detached" and hide the dropdown with display: none. Layout is not what these tests check.
theme.components = {
  ...theme.components,
  Popover: Popover.extend({ defaultProps: { hideDetached: false } }),
  Menu: Menu.extend({ defaultProps: { hideDetached: false } }),
};

// jsdom lacks these browser APIs that Mantine uses.
// jsdom logs an error for the pseudo-element argument Mantine passes; drop it.
const getComputedStyle = window.getComputedStyle.bind(window);
window.getComputedStyle = (element: Element) => getComputedStyle(element);
window.HTMLElement.prototype.scrollIntoView = () => {};

Object.defineProperty(window, 'matchMedia', {
  writable: true,
  value: (query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => {},
    removeListener: () => {},
    addEventListener: () => {},
    removeEventListener: () => {},
    dispatchEvent: () => false,
  }),
});

class ResizeObserverStub {
  observe() {}
  unobserve() {}
  disconnect() {}
}
window.ResizeObserver = ResizeObserverStub;

// jsdom has no FontFaceSet; Mantine's autosizing Textarea listens to it for web fonts loading.
Object.defineProperty(document, 'fonts', {
  configurable: true,
  value: { addEventListener: () => {}, removeEventListener: () => {}, ready: Promise.resolve() },
});

// jsdom has no object URLs; downloads only need them to exist.
URL.createObjectURL = () => 'blob:test';
URL.revokeObjectURL = () => {};

// The app calls the API with relative URLs (`/api/v1/...`), which browsers resolve against the
// page. Node's fetch has no page, so resolve them against jsdom's location, as a browser would.
const NodeRequest = globalThis.Request;
globalThis.Request = class extends NodeRequest {
  constructor(input: RequestInfo | URL, init?: RequestInit) {
    super(typeof input === 'string' ? new URL(input, window.location.href) : input, init);
  }
};

beforeAll(() => {
  server.listen({ onUnhandledRequest: 'error' });
});
afterEach(() => {
  cleanup();
  notifications.clean();
  server.resetHandlers();
  window.localStorage.clear();
  fakeIdentity.reset();
  fakeAccount.reset();
  fakeSettings.reset();
  fakeContentList.reset();
  fakeContentItem.reset();
  fakeMedia.reset();
  sessionStore.reset();
  resetSessionRestore();
});
afterAll(() => {
  server.close();
});
