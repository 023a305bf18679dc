import { Alert, type CSSVariablesResolver, createTheme } from '@mantine/core';

// Mantine's default shade 6 on white is below 4.5:1 for text; shade 8/9 passes WCAG AA.
export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: { light: 9, dark: 4 },
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif',
  defaultRadius: 'sm',
  focusRing: 'auto',
  // Users who ask for less motion get none (transitions of modals, toasts, drawers).
  respectReducedMotion: true,
  autoContrast: true,
  components: {
    // A light alert's title in its own color is too faint (yellow.9 on yellow: 2.7:1).
    Alert: Alert.extend({
      styles: { title: { color: 'var(--mantine-color-text)' } },
    }),
  },
});

export const cssVariablesResolver: CSSVariablesResolver = (t) => ({
  variables: {},
  light: {
    // "dimmed" text and placeholders are gray.6 by default (about 3.3:1): too light.
    '--mantine-color-dimmed': t.colors.gray[7],
    '--mantine-color-placeholder': t.colors.gray[7],
    '--mantine-color-anchor': t.colors.blue[9],
    // Error text and borders are red.6 by default (3.3:1 on white).
    '--mantine-color-error': t.colors.red[9],
  },
  dark: {},
});
