import { createTheme, darken, DEFAULT_THEME, Modal, PasswordInput, type CSSVariablesResolver } from '@mantine/core';

/**
 * The one place the look of Common Ground is decided (UX.md: "themed once"). Mantine was chosen because it ships
 * the accessible forms, tables, modals and notifications this app needs in one well-kept library.
 *
 * Colour choices are driven by WCAG 2.2 AA (4.5:1 for text): filled buttons use shade 8 in light mode, the
 * first shade at which both indigo (5.7:1) and red (4.5:1) carry white text at AA.
 */
export const theme = createTheme({
  primaryColor: 'indigo',
  primaryShade: { light: 8, dark: 5 },
  defaultRadius: 'md',
  // Focus rings show for keyboard users, never hidden.
  focusRing: 'auto',
  fontFamily: DEFAULT_THEME.fontFamily,
  headings: {
    fontWeight: '700',
    sizes: {
      h1: { fontSize: '1.75rem', lineHeight: '1.3' },
      h2: { fontSize: '1.375rem', lineHeight: '1.35' },
    },
  },
  components: {
    // Phone users tap these; keep them large enough for a thumb.
    Button: { defaultProps: { size: 'sm' } },
    Modal: Modal.extend({
      styles: { title: { fontWeight: 700, fontSize: 'var(--mantine-font-size-lg)' } },
    }),
    PasswordInput: PasswordInput.extend({
      defaultProps: {
        // Reachable by keyboard, and named without the word "password" so the field stays the only thing
        // labelled "Password" (Mantine's default name made a second match for label look-ups).
        visibilityToggleFocusable: true,
        visibilityToggleButtonProps: { 'aria-label': 'Show characters' },
      },
    }),
  },
});

const LIGHT_VARIANT_COLORS = ['indigo', 'red', 'green', 'gray', 'orange', 'yellow', 'blue'] as const;

/**
 * Mantine's defaults put some text below AA contrast on white: "dimmed" (gray 6, 3.3:1), error text (red 6,
 * 3.3:1) and the text of light variants such as badges and alerts (shade 6). Darken them here, once.
 */
export const cssVariablesResolver: CSSVariablesResolver = (activeTheme) => {
  const light: Record<string, string> = {
    '--mantine-color-dimmed': activeTheme.colors.gray[7],
    '--mantine-color-error': activeTheme.colors.red[9],
    '--mantine-color-anchor': activeTheme.colors.indigo[8],
  };
  for (const name of LIGHT_VARIANT_COLORS) {
    light[`--mantine-color-${name}-light-color`] = darken(activeTheme.colors[name][9], 0.2);
  }
  return { variables: {}, light, dark: {} };
};
