import {
  Anchor,
  CloseButton,
  createTheme,
  Title,
  type CloseButtonProps,
  localStorageColorSchemeManager,
} from '@mantine/core';

export { contrastCssVariablesResolver as cssVariablesResolver } from './contrast';

export const theme = createTheme({
  primaryColor: 'blue',
  defaultRadius: 'md',
  // System fonts only: the Content-Security-Policy allows no external font hosts.
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif',
  // The ring shows for keyboard focus; its colour is set in global.css (readable in both schemes).
  focusRing: 'auto',
  components: {
    // A link inside text must not be told apart by colour alone (in dark mode it cannot be).
    Anchor: Anchor.extend({ defaultProps: { underline: 'always' } }),
    // Page headings in the scheme's brightest text colour (dark mode's body grey looked dim).
    Title: Title.extend({ defaultProps: { c: 'bright' } }),
    // Drawers, modals and notifications close with an icon-only button: give it a name.
    CloseButton: CloseButton.extend({
      // The button's own attributes are not in its props type, but are passed on.
      defaultProps: { 'aria-label': 'Close' } as Partial<CloseButtonProps>,
    }),
  },
});

/** Persists the chosen scheme; public/color-scheme.js reads the same key before first paint. */
export const colorSchemeManager = localStorageColorSchemeManager({
  key: 'mantine-color-scheme-value',
});
