/**
 * The rich-text schemas check text nested as deep as Markdown lets an author nest it in time
 * that grows with the text, not with the number of ways its nodes could be read.
 */
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { type Block, BlockSchema, type Inline, InlineSchema, SectionSchema } from './digest.ts';

/** A paragraph holding `inner`, wrapped in `depth` block quotes. */
function quotes(depth: number, inner: Inline[] = ['deep']): Block {
  let block: Block = { t: 'p', c: inner };
  for (let i = 0; i < depth; i++) block = { t: 'quote', c: [block] };
  return block;
}

function msToValidate(blocks: Block[]): number {
  const started = performance.now();
  v.parse(SectionSchema, { kind: 'summary', heading: 'Summary', blocks });
  return performance.now() - started;
}

// Trying every kind of block at every level took seconds at 14 deep and doubled with each
// level more; one kind per level takes a millisecond. The bound leaves room for a busy machine.
const BOUND_MS = 250;

describe('rich text validation', () => {
  it('checks a quote nested 14 deep in well under a second', () => {
    expect(msToValidate([quotes(14)])).toBeLessThan(BOUND_MS);
  });

  it('still rejects what is wrong at the bottom of deep nesting', () => {
    const unsafe: Inline = { t: 'link', href: 'javascript:alert(1)', c: ['x'] };
    expect(v.is(BlockSchema, quotes(14, [unsafe]))).toBe(false);
    expect(v.is(BlockSchema, quotes(14, [{ t: 'em', c: [unsafe] }]))).toBe(false);
    expect(v.is(BlockSchema, { t: 'list', ordered: false, items: [[quotes(14, [{ t: 'strong' } as Inline])]] })).toBe(
      false,
    );
    expect(v.is(InlineSchema, { t: 'quote', c: [] })).toBe(false);
    expect(v.is(BlockSchema, quotes(14))).toBe(true);
  });
});
