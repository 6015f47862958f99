/**
 * The content stage's worker threads: what a caller sees when a task fails in one. (That they
 * parse exactly as this thread does is `cache/content-cache.test.ts`'s.)
 */
import { describe, expect, it } from 'vitest';
import { ContentPool } from './content-pool.ts';

describe('ContentPool', () => {
  it('rejects a parse with the error its thread met, without hanging', async () => {
    const pool = new ContentPool({ threads: 1, started: 1 });
    try {
      const unreadable = { name: '2026-01-29.md', source: null as unknown as Uint8Array };
      await expect(pool.parse([unreadable])).rejects.toThrow(/Cannot read properties of null/);
    } finally {
      await pool.close();
    }
  });
});
