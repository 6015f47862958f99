/// <reference types="node" />
/**
 * The generated band's white text is readable on every palette: 4.5:1 or more (WCAG AA for
 * small text) at every point of the gradient, as the browser draws it (interpolated in
 * oklab, or in sRGB where oklab is not supported) from Tailwind's own colour values.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { type Color, formatHex, interpolate, parse, toGamut, wcagContrast } from 'culori';
import { describe, expect, it } from 'vitest';
import { PALETTES } from './thumbnail.tsx';

const require = createRequire(import.meta.url);
const THEME = readFileSync(require.resolve('tailwindcss/theme.css'), 'utf8');
const inGamut = toGamut('rgb', 'oklch');

/** `from-sky-700` → Tailwind's `--color-sky-700`, parsed. */
function themeColor(utility: string): Color {
  const name = utility.replace(/^(from|to)-/, '');
  const value = new RegExp(`--color-${name}:\\s*([^;]+);`).exec(THEME)?.[1];
  const color = value === undefined ? undefined : parse(value);
  if (color === undefined) throw new Error(`no colour --color-${name} in tailwindcss/theme.css`);
  return color;
}

/** The lowest contrast of white text along a gradient, sampled at 1% steps. */
function lowestContrast(from: Color, to: Color, space: 'oklab' | 'rgb'): number {
  const along = interpolate([from, to], space);
  let lowest = Infinity;
  for (let step = 0; step <= 100; step++) {
    lowest = Math.min(lowest, wcagContrast(formatHex(inGamut(along(step / 100))), '#ffffff'));
  }
  return lowest;
}

describe('generated band palettes', () => {
  for (const palette of PALETTES) {
    const [from = '', to = ''] = palette.split(' ');
    for (const space of ['oklab', 'rgb'] as const) {
      it(`${palette} (${space}): white text at 4.5:1 or more`, () => {
        expect(lowestContrast(themeColor(from), themeColor(to), space)).toBeGreaterThanOrEqual(4.5);
      });
    }
  }

  it('measures: the lighter palette it replaced fails', () => {
    expect(lowestContrast(themeColor('from-amber-500'), themeColor('to-red-500'), 'oklab')).toBeLessThan(4.5);
  });
});
