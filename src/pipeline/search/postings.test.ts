/**
 * Patched postings are the bytes built ones are: random archives, changed as adding, editing,
 * re-ranking and removing papers does, patched from the last build's and compared with a build
 * from scratch.
 */
import { describe, expect, it } from 'vitest';
import type { TermCounts } from './term-counter.ts';
import { SEARCH_LEVELS } from './bm25.ts';
import { type IndexDoc, planPostings } from './posting-plan.ts';
import { type PostingState, writePostings } from './postings.ts';

const KEYS = Array.from({ length: 400 }, (_, i) => `k${String(i).padStart(3, '0')}`);

/** A seeded PRNG (mulberry32): the same docs on every run. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Paper {
  id: string;
  upvotes: number;
  date: string;
  terms: TermCounts;
  length: number;
  version: number;
}

function paper(next: () => number, n: number): Paper {
  // Common keys often, rare ones seldom: a few long lists, many short ones.
  const counts = new Map<number, number>();
  const words = 5 + Math.floor(next() * 60);
  let length = 0;
  for (let w = 0; w < words; w++) {
    const key = Math.floor(next() ** 3 * KEYS.length);
    const weight = [10, 12, 15, 60][Math.floor(next() * 4)] ?? 10;
    counts.set(key, (counts.get(key) ?? 0) + weight);
    length += weight;
  }
  return {
    id: `p${n}`,
    upvotes: Math.floor(next() * 200),
    date: `2026-01-${String(1 + Math.floor(next() * 28)).padStart(2, '0')}`,
    terms: { keys: Int32Array.from(counts.keys()), counts: Int32Array.from(counts.values()) },
    length,
    version: 0,
  };
}

function docsOf(papers: readonly Paper[]): IndexDoc[] {
  return papers.map((p) => ({
    id: p.id,
    file: `data/papers/${p.id}.json`,
    appearances: [{ date: p.date, upvotes: p.upvotes }],
    signature: `${p.id} ${p.version} ${p.upvotes} ${p.date}`,
    length: p.length,
    terms: () => p.terms,
  }));
}

function text(state: PostingState) {
  return { keys: state.keys, bytes: new TextDecoder().decode(state.bytes), ends: [...state.ends], ids: state.ids };
}

/** Each skip is the offset of a posting in its list and the doc of the posting before it. */
function expectValidSkips(state: PostingState): number {
  const { skips } = state;
  expect(skips.ends).toHaveLength(state.keys.length);
  state.keys.forEach((_, i) => {
    const list = new TextDecoder().decode(state.bytes.subarray(state.ends[i - 1] ?? 0, state.ends[i]));
    // Each posting's offset in the list and the doc before it.
    const before = new Map<number, number>();
    let doc = -1;
    let at = 1;
    for (const value of (JSON.parse(list) as number[]).map(String)) {
      before.set(at, doc);
      doc += Math.floor(Number(value) / SEARCH_LEVELS) + 1;
      at += value.length + 1;
    }
    let last = 0;
    for (let s = skips.ends[i - 1] ?? 0; s < (skips.ends[i] ?? 0); s++) {
      const offset = skips.at[s] ?? 0;
      expect(offset).toBeGreaterThan(last);
      expect(before.get(offset)).toBe(skips.docs[s]);
      last = offset;
    }
  });
  return skips.at.length;
}

describe('patched postings', () => {
  it.each([
    [1, undefined],
    [2, undefined],
    [3, undefined],
    [4, 8],
    [5, 16],
    [6, 40],
  ])('are the built ones, after random changes (seed %i, skips every %s bytes)', (seed, skipStride) => {
    const next = random(seed);
    const options = skipStride === undefined ? {} : { skipStride };
    let papers = Array.from({ length: 300 }, (_, n) => paper(next, n));
    // With the exact average length, so that unchanged papers are re-weighted as often as can be.
    const plan = (docs: IndexDoc[], last?: PostingState) => planPostings(docs, last, 0);
    let previous = writePostings(plan(docsOf(papers)), KEYS, undefined, options);
    let patched = 0;
    let reweighted = 0;
    let skips = expectValidSkips(previous);
    for (let round = 0; round < 8; round++) {
      const changed = new Set<string>();
      papers = papers.filter(() => next() > 0.01); // removed
      for (let i = 0; i < 1 + Math.floor(next() * 8); i++) {
        papers.push(paper(next, 1000 * (round + 1) + i)); // added
        changed.add(papers.at(-1)?.id ?? '');
      }
      for (const p of papers) {
        const dice = next();
        if (dice < 0.01)
          p.upvotes += 50; // re-ranked (appears again on a later day)
        else if (dice < 0.02) Object.assign(p, { ...paper(next, 0), id: p.id, version: p.version + 1 }); // edited
        if (dice < 0.02) changed.add(p.id);
      }
      const patch = plan(docsOf(papers), previous);
      if (patch.patch) patched++;
      // Unchanged papers whose weights the new average length changes are written again too.
      reweighted += patch.patch ? patch.needed.filter((doc) => !changed.has(doc.id)).length : 0;
      const state = writePostings(patch, KEYS, previous, options);
      const built = writePostings(plan(docsOf(papers)), KEYS);
      expect(text(state)).toEqual(text(built));
      skips += expectValidSkips(state);
      expect([...state.counts]).toEqual([...built.counts]);
      previous = state;
    }
    expect(patched).toBeGreaterThan(4);
    expect(reweighted).toBeGreaterThan(0);
    if (skipStride !== undefined) expect(skips).toBeGreaterThan(100);
  });

  it('patches nothing when nothing changed, and asks for no terms', () => {
    const next = random(7);
    const papers = Array.from({ length: 50 }, (_, n) => paper(next, n));
    const previous = writePostings(planPostings(docsOf(papers)), KEYS);
    const docs = docsOf(papers).map((doc) => ({
      ...doc,
      terms: () => {
        throw new Error(`the terms of ${doc.id} were asked for`);
      },
    }));
    const plan = planPostings(docs, previous);
    expect(plan.needed).toEqual([]);
    expect(text(writePostings(plan, KEYS, previous))).toEqual(text(previous));
  });

  it('asks for the terms of the added papers only, when a day adds a few', () => {
    const next = random(9);
    const papers = Array.from({ length: 1000 }, (_, n) => paper(next, n));
    const previous = writePostings(planPostings(docsOf(papers)), KEYS);
    const day = Array.from({ length: 10 }, (_, i) => paper(next, 5000 + i));
    const docs = docsOf([...papers, ...day]);
    const plan = planPostings(docs, previous);
    expect(plan.needed.map((doc) => doc.id).sort()).toEqual(day.map((p) => p.id).sort());
    expect(text(writePostings(plan, KEYS, previous))).toEqual(text(writePostings(planPostings(docs), KEYS)));
    // With the exact average length, the same day would re-weight papers it did not touch.
    const exact = planPostings(docs, writePostings(planPostings(docsOf(papers), undefined, 0), KEYS), 0);
    expect(exact.needed.length).toBeGreaterThan(day.length);
  });

  it('builds from scratch when most papers changed', () => {
    const next = random(8);
    const papers = Array.from({ length: 50 }, (_, n) => paper(next, n));
    const previous = writePostings(planPostings(docsOf(papers)), KEYS);
    for (const p of papers.slice(0, 20)) p.version++;
    const plan = planPostings(docsOf(papers), previous);
    expect(plan.patch).toBeNull();
    expect(plan.needed).toHaveLength(50);
  });
});
