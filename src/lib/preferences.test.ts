import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { LangSchema } from '../schema/digest.ts';
import { DEFAULT_PREFERENCES, DENSITIES, parsePreferences } from './preferences.ts';

/** What the stored value must be, written with valibot: the hand-written check must agree with it. */
const Reference = v.object({
  ui: v.optional(v.nullable(v.picklist(['ko', 'en'])), null),
  summary: v.optional(v.nullable(LangSchema), null),
  theme: v.optional(v.nullable(v.picklist(['light', 'dark'])), null),
  density: v.optional(v.nullable(v.picklist(DENSITIES)), null),
  shortcuts: v.optional(v.boolean(), true),
});

const VALID = { ui: 'en', summary: 'ko', theme: 'dark', density: 'compact', shortcuts: false };

/** Each field with values of every kind: valid ones, near misses, other types. */
const FIELD_VALUES: Record<string, unknown[]> = {
  ui: ['ko', 'en', 'EN', 'fr', '', 0, true, [], {}],
  summary: ['ko', 'en', 'zh-Hant', 'EN', 'en-', 'k', 5, false, ['ko'], {}],
  theme: ['light', 'dark', 'Dark', 'auto', 1, [], {}],
  density: ['comfortable', 'compact', 'cozy', 0, {}],
  shortcuts: [true, false, 'true', 0, 1, [], {}],
};

function reference(raw: string) {
  try {
    const result = v.safeParse(Reference, JSON.parse(raw));
    return result.success ? result.output : DEFAULT_PREFERENCES;
  } catch {
    return DEFAULT_PREFERENCES;
  }
}

describe('stored preferences', () => {
  it('are read as stored when every field is valid, absent fields as their defaults', () => {
    expect(parsePreferences(JSON.stringify(VALID))).toEqual(VALID);
    expect(parsePreferences(JSON.stringify({ theme: 'light' }))).toEqual({ ...DEFAULT_PREFERENCES, theme: 'light' });
    expect(parsePreferences('{}')).toEqual(DEFAULT_PREFERENCES);
    expect(parsePreferences(null)).toEqual(DEFAULT_PREFERENCES);
  });

  it('ignore fields they do not know', () => {
    expect(parsePreferences(JSON.stringify({ ...VALID, extra: 1 }))).toEqual(VALID);
    expect(parsePreferences('{"ui":"en","__proto__":{"theme":"bad"}}')).toEqual({ ...DEFAULT_PREFERENCES, ui: 'en' });
  });

  it('fall back to the defaults as a whole when any field is not a valid value', () => {
    for (const [field, values] of Object.entries(FIELD_VALUES)) {
      for (const value of [...values, null, undefined]) {
        const raw = JSON.stringify({ ...VALID, [field]: value });
        expect(parsePreferences(raw), `${field}: ${JSON.stringify(value)}`).toEqual(reference(raw));
      }
    }
    expect(parsePreferences(JSON.stringify({ ...VALID, shortcuts: null }))).toEqual(DEFAULT_PREFERENCES);
    expect(parsePreferences(JSON.stringify({ ...VALID, theme: 'auto' }))).toEqual(DEFAULT_PREFERENCES);
  });

  it('fall back to the defaults for a value that is not an object, or not JSON', () => {
    for (const raw of ['[]', '["en"]', 'null', '"en"', '42', 'true', '{"ui":"en"', '', 'undefined']) {
      expect(parsePreferences(raw), raw).toEqual(DEFAULT_PREFERENCES);
    }
  });
});
