/**
 * The English file's prose: the abstract's sentences (the summary and key points are taken
 * from them), notes and inline Markdown quirks, built from the title words in sentence case.
 */
import { chance, intBetween, pick, percent, type Rng } from './rng.ts';
import { githubUrl, type SentenceMaker } from './text.ts';
import { EN_ADJ, EN_CLASS, EN_METHOD, EN_NOUN, EN_PROBLEM, EN_SIZE, EN_TASK } from './words.ts';

/** Keep acronyms and parts with digits ("KV", "3D", "GUI"); lowercase the rest, hyphen part by hyphen part. */
function sentenceCase(phrase: string): string {
  return phrase.replace(/[^\s-]+/g, (part) => (/\d/.test(part) || /^[A-Z]{2,}/.test(part) ? part : part.toLowerCase()));
}

function withArticle(phrase: string): string {
  return `${/^[aeiou]/i.test(phrase) ? 'an' : 'a'} ${phrase}`;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const EN_ADJ_LC = EN_ADJ.map(sentenceCase);
const EN_NOUN_LC = EN_NOUN.map(sentenceCase);
const EN_METHOD_LC = EN_METHOD.map(sentenceCase);
const EN_TASK_LC = EN_TASK.map(sentenceCase);

function enPhrase(rng: Rng): string {
  return chance(rng, 0.4) ? `${pick(rng, EN_ADJ_LC)} ${pick(rng, EN_NOUN_LC)}` : pick(rng, EN_NOUN_LC);
}

export function enOpening(rng: Rng, name: string): string {
  switch (intBetween(rng, 0, 3)) {
    case 0:
      return `${capitalize(pick(rng, EN_ADJ_LC))} ${pick(rng, EN_NOUN_LC)} have demonstrated remarkable capabilities in ${pick(rng, EN_TASK_LC)}, yet ${pick(rng, EN_PROBLEM)}.`;
    case 1:
      return `Recent advances in ${enPhrase(rng)} have enabled progress on ${pick(rng, EN_TASK_LC)} and ${enPhrase(rng)}, but ${pick(rng, EN_PROBLEM)}.`;
    case 2:
      return `We introduce ${name}, ${withArticle(pick(rng, EN_ADJ_LC))} ${pick(rng, EN_CLASS)} for ${pick(rng, EN_TASK_LC)} that combines ${enPhrase(rng)} with ${pick(rng, EN_METHOD_LC)}.`;
    default:
      return `${capitalize(pick(rng, EN_TASK_LC))} remains a central challenge for ${enPhrase(rng)}, as ${pick(rng, EN_PROBLEM)} and ${enPhrase(rng)} is rarely evaluated in realistic settings.`;
  }
}

export const EN_SENTENCES: readonly SentenceMaker[] = [
  (rng) => `Existing approaches rely heavily on ${enPhrase(rng)}, which limits ${enPhrase(rng)} in practice.`,
  (rng, name) =>
    `To address this, we propose ${name}, ${withArticle(pick(rng, EN_ADJ_LC))} ${pick(rng, EN_CLASS)} that couples ${enPhrase(rng)} with ${pick(rng, EN_METHOD_LC)}.`,
  (rng, name) =>
    `Specifically, ${name} decomposes ${enPhrase(rng)} into smaller steps and applies ${pick(rng, EN_METHOD_LC)} to each of them in a single pass.`,
  (rng) =>
    `We further introduce ${pick(rng, EN_METHOD_LC)}, which improves ${enPhrase(rng)} without requiring additional ${enPhrase(rng)}.`,
  (rng, name) =>
    `Extensive experiments on ${intBetween(rng, 3, 18)} benchmarks show that ${name} outperforms strong baselines by ${percent(rng)}% on average.`,
  (rng) =>
    `Notably, our ${pick(rng, EN_SIZE)} model matches the performance of ${pick(rng, EN_ADJ_LC)} models that are ${intBetween(rng, 2, 20)}x larger.`,
  (rng) =>
    `Our analysis reveals that ${enPhrase(rng)} is a key factor behind ${enPhrase(rng)}, a finding that holds across model sizes.`,
  (rng, name) =>
    `Moreover, ${name} reduces ${enPhrase(rng)} cost by ${percent(rng)}% while preserving ${enPhrase(rng)}.`,
  (rng) => `These results suggest that ${enPhrase(rng)} is a promising direction for ${pick(rng, EN_TASK_LC)}.`,
  (rng) =>
    `We construct a new dataset of ${intBetween(rng, 2, 900)}K examples covering ${enPhrase(rng)}, ${enPhrase(rng)}, and ${enPhrase(rng)}.`,
  (rng) =>
    `Unlike prior work, our approach requires neither ${enPhrase(rng)} nor ${enPhrase(rng)}, making it easy to integrate into existing pipelines.`,
  (rng, name) =>
    `Ablation studies confirm that each component of ${name} contributes to the final performance, with ${pick(rng, EN_METHOD_LC)} giving the largest gain.`,
  (rng, name) =>
    `In human evaluations, annotators preferred outputs from ${name} in ${intBetween(rng, 55, 92)}% of pairwise comparisons.`,
];

export function enNote(rng: Rng): string {
  return pick(rng, [
    `Worth a read if you work on ${enPhrase(rng)}.`,
    `Simple idea, strong results; I want to try it on our ${enPhrase(rng)} pipeline.`,
    `The headline numbers look good, but the evaluation on ${enPhrase(rng)} is thin.`,
    `Bookmarking this for the reading group.`,
  ]);
}

export function decorateEn(rng: Rng, text: string, name: string): string {
  let out = text;
  if (chance(rng, 0.05)) out = out.replace(/(\d[\d.]*%|\d+x larger)/, '**$1**');
  if (chance(rng, 0.03)) out = out.replace(name, `\`${name}\``);
  if (chance(rng, 0.02))
    out += ` Code: ${chance(rng, 0.5) ? githubUrl(rng, name) : `[project page](${githubUrl(rng, name)})`}`;
  return out;
}
