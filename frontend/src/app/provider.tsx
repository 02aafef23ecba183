import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import './global.css';

import { MantineProvider } from '@mantine/core';
import { lazy, Suspense, useState, type ReactNode } from 'react';
import { Provider as ReduxProvider } from 'react-redux';

import { MediaSlotProvider } from './media-slot';
import { makeStore, type AppStore } from './store';
import { colorSchemeManager, cssVariablesResolver, theme } from './theme';

// The notifications container (and its transitions) loads after the first paint. Calls to
// `notifications.show()` made before it arrives are kept in its store and shown once it does.
const Notifications = lazy(async () => ({
  default: (await import('@mantine/notifications')).Notifications,
}));

interface AppProviderProps {
  children: ReactNode;
  /** Tests pass their own store; the app makes one. */
  store?: AppStore;
}

export function AppProvider({ children, store: givenStore }: AppProviderProps) {
  const [store] = useState(() => givenStore ?? makeStore());
  return (
    <ReduxProvider store={store}>
      <MantineProvider
        theme={theme}
        colorSchemeManager={colorSchemeManager}
        cssVariablesResolver={cssVariablesResolver}
        defaultColorScheme="auto"
      >
        <Suspense fallback={null}>
          <Notifications />
        </Suspense>
        <MediaSlotProvider>{children}</MediaSlotProvider>
      </MantineProvider>
    </ReduxProvider>
  );
}
