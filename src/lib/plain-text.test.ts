import { describe, expect, it } from 'vitest';
import { firstSentence } from './plain-text.ts';

describe('firstSentence', () => {
  it('stops at the first sentence, and shortens a long one', () => {
    expect(firstSentence('One.  Two.')).toBe('One.');
    expect(firstSentence('x'.repeat(300))).toHaveLength(200);
  });
});
