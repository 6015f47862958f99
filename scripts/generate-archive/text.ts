/** What the prose of both languages shares: sentence templates drawn in turn, and project links. */
import { pick, type Rng, shuffledIndices } from './rng.ts';

/** One sentence of a paper's text about the model or method called `name`. */
export type SentenceMaker = (rng: Rng, name: string) => string;

/** Sentences from the given templates, each template used once before any is reused. */
export function sentenceSource(rng: Rng, makers: readonly SentenceMaker[], name: string): () => string {
  let order: number[] = [];
  return function nextSentence(): string {
    if (order.length === 0) order = shuffledIndices(rng, makers.length);
    const maker = makers[order.pop() ?? 0];
    if (maker === undefined) throw new Error('no sentence templates');
    return maker(rng, name);
  };
}

/** Sentences until `target` characters; a sentence that would pass `max` ends the text early instead. */
export function fillTo(target: number, max: number, next: () => string): string {
  let out = next();
  while (out.length < target) {
    const sentence = next();
    if (out.length + 1 + sentence.length > max) break;
    out += ` ${sentence}`;
  }
  return out;
}

export function githubUrl(rng: Rng, name: string): string {
  const repo =
    name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'project';
  return `https://github.com/${pick(rng, ['synth-lab', 'example-ai', 'open-research', 'demo-group'])}/${repo}`;
}
