import { DEFAULT_THEME, mergeMantineTheme } from '@mantine/core';

import { AA, contrast, contrastCssVariablesResolver } from './contrast';
import { theme } from './theme';

const merged = mergeMantineTheme(DEFAULT_THEME, theme);
const { light, dark } = contrastCssVariablesResolver(merged);
const WHITE = merged.white;
const DARK_BODY = merged.colors.dark[7];
const COLORS = ['blue', 'red', 'green', 'gray', 'yellow', 'orange', 'teal'] as const;

function hex(value: string | undefined): string {
  expect(value).toMatch(/^#[0-9a-f]{6}$/i);
  return value!;
}

describe('theme contrast (WCAG AA, 4.5:1)', () => {
  it.each(COLORS)('white text on filled %s, in both schemes', (color) => {
    expect(contrast(hex(light[`--mantine-color-${color}-filled`]), WHITE)).toBeGreaterThanOrEqual(
      AA,
    );
    expect(contrast(hex(dark[`--mantine-color-${color}-filled`]), WHITE)).toBeGreaterThanOrEqual(
      AA,
    );
  });

  it.each(COLORS)('light and outline %s badges on the page', (color) => {
    const shades = merged.colors[color];
    expect(
      contrast(hex(light[`--mantine-color-${color}-light-color`]), shades[1]),
    ).toBeGreaterThanOrEqual(AA);
    expect(contrast(hex(light[`--mantine-color-${color}-outline`]), WHITE)).toBeGreaterThanOrEqual(
      AA,
    );
    expect(
      contrast(hex(dark[`--mantine-color-${color}-outline`]), DARK_BODY),
    ).toBeGreaterThanOrEqual(AA);
  });

  it('dimmed text, links and errors', () => {
    expect(contrast(hex(light['--mantine-color-dimmed']), WHITE)).toBeGreaterThanOrEqual(AA);
    expect(
      contrast(hex(light['--mantine-color-dimmed']), merged.colors.gray[0]),
    ).toBeGreaterThanOrEqual(AA);
    expect(contrast(hex(dark['--mantine-color-dimmed']), DARK_BODY)).toBeGreaterThanOrEqual(AA);
    expect(
      contrast(hex(dark['--mantine-color-dimmed']), merged.colors.dark[6]),
    ).toBeGreaterThanOrEqual(AA);
    expect(contrast(hex(light['--mantine-color-anchor']), WHITE)).toBeGreaterThanOrEqual(AA);
    expect(contrast(hex(dark['--mantine-color-anchor']), DARK_BODY)).toBeGreaterThanOrEqual(AA);
    expect(contrast(hex(light['--mantine-color-error']), WHITE)).toBeGreaterThanOrEqual(AA);
    expect(contrast(hex(dark['--mantine-color-error']), DARK_BODY)).toBeGreaterThanOrEqual(AA);
  });

  it('measures like WCAG', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21);
    expect(contrast('#228be6', '#ffffff')).toBeCloseTo(3.56, 1);
  });
});
