import { createTheme, localStorageColorSchemeManager } from '@mantine/core';

export const theme = createTheme({
  primaryColor: 'blue',
  defaultRadius: 'md',
  // System fonts only: the Content-Security-Policy allows no external font hosts.
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif',
});

/** Persists the chosen scheme; public/color-scheme.js reads the same key before first paint. */
export const colorSchemeManager = localStorageColorSchemeManager({
  key: 'mantine-color-scheme-value',
});
