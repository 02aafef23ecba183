import {
  defaultCssVariablesResolver,
  type CSSVariablesResolver,
  type MantineTheme,
} from '@mantine/core';

/**
 * WCAG AA for the theme: Mantine's default shades put white text on colours as light as
 * green-6 (2.4:1) and grey text at 3.3:1. This resolver keeps Mantine's variables and replaces
 * the ones text is drawn with (filled, light, outline, dimmed, anchor, error) by the nearest
 * shade of the same colour that reaches 4.5:1 on the backgrounds it is used on.
 */

export const AA = 4.5;

function channels(hex: string): [number, number, number] {
  const short = hex.replace('#', '');
  // '#fff' (Mantine's white) is '#ffffff'.
  const h = short.length === 3 ? short.replace(/./g, '$&$&') : short;
  return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16) / 255) as [number, number, number];
}

function luminance(hex: string): number {
  const [r, g, b] = channels(hex).map((c) =>
    c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4,
  ) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The WCAG contrast ratio of two hex colours (1 to 21). */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** `hex` moved `amount` (0–1) of the way to `towards`. */
function mix(hex: string, towards: string, amount: number): string {
  const from = channels(hex);
  const to = channels(towards);
  return `#${from
    .map((c, i) =>
      Math.round((c + ((to[i] ?? 0) - c) * amount) * 255)
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

/**
 * The first candidate that reaches AA on every background; past the last, that one mixed
 * step by step towards black or white (whichever the backgrounds are not).
 */
export function readable(candidates: string[], backgrounds: string[], towards: string): string {
  const ok = (c: string) => backgrounds.every((bg) => contrast(c, bg) >= AA);
  const found = candidates.find(ok);
  if (found) return found;
  const last = candidates[candidates.length - 1] ?? towards;
  for (let amount = 0.05; amount < 1; amount += 0.05) {
    const c = mix(last, towards, amount);
    if (ok(c)) return c;
  }
  return towards;
}

export function darken(hex: string, amount: number): string {
  return mix(hex, '#000000', amount);
}

export const contrastCssVariablesResolver: CSSVariablesResolver = (theme: MantineTheme) => {
  const base = defaultCssVariablesResolver(theme);
  const light: Record<string, string> = { ...base.light };
  const dark: Record<string, string> = { ...base.dark };
  const white = theme.white;
  const d = theme.colors.dark;
  const lightBackgrounds = [white, theme.colors.gray[0]];
  const darkBackgrounds = [d[7], d[6]];

  for (const [name, shades] of Object.entries(theme.colors)) {
    if (name === 'dark' || shades.length < 10) continue;
    const s = shades;
    // White text on the fill, in both schemes; the fill is also fine as text on white.
    const filled = readable([s[6], s[7], s[8], s[9]], [white], '#000000');
    const filledHover = darken(filled, 0.12);
    for (const scheme of [light, dark]) {
      scheme[`--mantine-color-${name}-filled`] = filled;
      scheme[`--mantine-color-${name}-filled-hover`] = filledHover;
    }
    light[`--mantine-color-${name}-text`] = readable([filled], lightBackgrounds, '#000000');
    light[`--mantine-color-${name}-outline`] = filled;
    light[`--mantine-color-${name}-light-color`] = readable([s[9]], [s[1], s[2]], '#000000');

    const darkLightBg = dark[`--mantine-color-${name}-light`] ?? d[7];
    const darkText = readable([s[4], s[3], s[2], s[1], s[0]], darkBackgrounds, white);
    dark[`--mantine-color-${name}-text`] = darkText;
    dark[`--mantine-color-${name}-outline`] = darkText;
    dark[`--mantine-color-${name}-light-color`] = readable(
      [s[0]],
      darkLightBg.startsWith('#') ? [darkLightBg] : [d[7]],
      white,
    );
  }

  const primary = theme.colors[theme.primaryColor] ?? theme.colors.blue;
  const red = theme.colors.red;
  light['--mantine-color-dimmed'] = readable(
    ['#6b7178', '#62686e', theme.colors.gray[7]],
    lightBackgrounds,
    '#000000',
  );
  dark['--mantine-color-dimmed'] = readable(['#9a9a9a', '#a6a6a6', d[1]], darkBackgrounds, white);
  light['--mantine-color-anchor'] = light[`--mantine-color-${theme.primaryColor}-text`] ?? '';
  dark['--mantine-color-anchor'] = readable(
    [primary[4], primary[3], primary[2]],
    darkBackgrounds,
    white,
  );
  light['--mantine-color-error'] = light['--mantine-color-red-text'] ?? red[9];
  dark['--mantine-color-error'] = dark['--mantine-color-red-text'] ?? red[4];
  light['--mantine-color-placeholder'] = light['--mantine-color-dimmed'];
  dark['--mantine-color-placeholder'] = readable(['#9a9a9a', '#a6a6a6', d[1]], [d[6]], white);

  return { variables: base.variables, light, dark };
};
