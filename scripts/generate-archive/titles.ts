/** Made-up model names, paper titles with the punctuation quirks of real ones, thumbnail names. */
import { chance, intBetween, lengthAround, pick, type Rng, shuffledIndices } from './rng.ts';
import {
  EN_ADJ,
  EN_GERUND,
  EN_METHOD,
  EN_NOUN,
  EN_QUOTED,
  EN_TASK,
  EN_VERB,
  NAME_CORE,
  NAME_PREFIX,
  NAME_SUFFIX,
} from './words.ts';

function makeAcronym(rng: Rng): string {
  const consonants = 'BCDFGKLMNPRSTVZ';
  const vowels = 'AEIOU';
  const length = intBetween(rng, 3, 6);
  let out = '';
  for (let i = 0; i < length; i++) {
    const set = i % 2 === 0 ? consonants : vowels;
    out += set.charAt(Math.floor(rng.next() * set.length));
  }
  return out;
}

function makeName(rng: Rng): string {
  const roll = rng.next();
  if (roll < 0.5) return pick(rng, NAME_PREFIX) + pick(rng, NAME_CORE) + pick(rng, NAME_SUFFIX);
  if (roll < 0.75) return makeAcronym(rng) + pick(rng, NAME_SUFFIX);
  if (roll < 0.9) {
    const first = pick(rng, NAME_CORE);
    const second = pick(rng, NAME_CORE);
    return first + (second === first ? 'Lab' : second) + pick(rng, NAME_SUFFIX);
  }
  return `${pick(rng, NAME_PREFIX)}-${pick(rng, NAME_CORE)}${pick(rng, NAME_SUFFIX)}`;
}

function makeHeadline(rng: Rng): string {
  switch (intBetween(rng, 0, 5)) {
    case 0:
      return `${pick(rng, EN_GERUND)} ${pick(rng, EN_NOUN)} via ${pick(rng, EN_METHOD)}`;
    case 1:
      return `${pick(rng, EN_ADJ)} ${pick(rng, EN_NOUN)} for ${pick(rng, EN_TASK)}`;
    case 2:
      return `Towards ${pick(rng, EN_ADJ)} ${pick(rng, EN_NOUN)}`;
    case 3:
      return `A ${pick(rng, EN_ADJ)} Benchmark for ${pick(rng, EN_NOUN)}`;
    case 4:
      return `${pick(rng, EN_ADJ)} ${pick(rng, EN_NOUN)} with ${pick(rng, EN_METHOD)}`;
    default:
      return `An Open ${pick(rng, EN_NOUN)} Suite for ${pick(rng, EN_TASK)}`;
  }
}

function makeBaseTitle(rng: Rng, name: string): string {
  const roll = rng.next();
  if (roll < 0.47) return `${name}: ${makeHeadline(rng)}`;
  if (roll < 0.67) return `${pick(rng, EN_GERUND)} ${pick(rng, EN_NOUN)} through ${pick(rng, EN_METHOD)}`;
  if (roll < 0.77) return `${pick(rng, EN_ADJ)} ${pick(rng, EN_NOUN)} for ${pick(rng, EN_TASK)}`;
  if (roll < 0.84) {
    const question = pick(rng, [
      `Can ${pick(rng, EN_NOUN)} ${pick(rng, EN_VERB)}?`,
      `Do ${pick(rng, EN_NOUN)} Really Need ${pick(rng, EN_METHOD)}?`,
      `When Does ${pick(rng, EN_METHOD)} Help ${pick(rng, EN_NOUN)}?`,
    ]);
    return chance(rng, 0.6) ? `${question} ${makeHeadline(rng)}` : question;
  }
  if (roll < 0.88) return chance(rng, 0.5) ? `${name} Technical Report` : `${name}: Technical Report`;
  if (roll < 0.95) {
    return `${pick(rng, EN_ADJ)} ${pick(rng, EN_NOUN)} and ${pick(rng, EN_NOUN)} with ${pick(rng, EN_METHOD)}`;
  }
  return `Beyond ${pick(rng, EN_NOUN)}: ${makeHeadline(rng)}`;
}

const TITLE_EXTENSIONS: readonly ((rng: Rng) => string)[] = [
  (rng) => ` for ${pick(rng, EN_TASK)}`,
  (rng) => ` with ${pick(rng, EN_METHOD)}`,
  (rng) => ` in ${pick(rng, EN_NOUN)}`,
  () => ' at Scale',
  (rng) => ` across ${intBetween(rng, 3, 40)} Domains`,
  (rng) => ` and ${pick(rng, EN_METHOD)}`,
];

const MAX_TITLE = 145;

export function makeTitle(rng: Rng): { title: string; name: string } {
  let name = makeName(rng);
  if (chance(rng, 0.01)) name = `${pick(rng, ['π', 'φ', 'λ', 'Δ', 'Ψ'])}-${pick(rng, NAME_CORE)}`;
  if (chance(rng, 0.005)) name = `$\\${pick(rng, ['alpha', 'beta', 'gamma', 'tau'])}$-${pick(rng, NAME_CORE)}`;
  const target = lengthAround(rng, 76, 20, 24, 135);
  let title = makeBaseTitle(rng, name);
  const extensions = shuffledIndices(rng, TITLE_EXTENSIONS.length);
  for (let tries = 0; tries < 3 && title.length < target - 8 && !title.endsWith('?'); tries++) {
    const extension = TITLE_EXTENSIONS[extensions[tries] ?? 0]?.(rng) ?? '';
    const joiner = extension.slice(0, extension.indexOf(' ', 1) + 1); // " with ", " for ", ...
    if (title.includes(joiner)) continue;
    if (title.length + extension.length > MAX_TITLE - 10) break;
    title += extension;
  }
  // Punctuation quirks at roughly the real rates; each is dropped if it would make the title too long.
  function tryQuirk(candidate: string): void {
    if (candidate.length <= MAX_TITLE) title = candidate;
  }
  if (chance(rng, 0.05)) {
    tryQuirk(
      title +
        pick(rng, [` (${makeAcronym(rng)})`, ' (Extended Version)', ' (and How to Fix It)', ' (Student Abstract)']),
    );
  }
  if (chance(rng, 0.025)) {
    const quoted = pick(rng, EN_QUOTED);
    if (chance(rng, 0.6)) tryQuirk(`${title}${title.includes(':') ? ', or' : ':'} Teaching Models to Say "${quoted}"`);
    else tryQuirk(`When Models Say '${quoted}': ${makeHeadline(rng)}`);
  }
  if (chance(rng, 0.025)) tryQuirk(title.includes(' and ') ? title.replace(' and ', ' & ') : `${title} & Beyond`);
  if (chance(rng, 0.008)) {
    tryQuirk(
      title +
        pick(rng, [
          ' in $O(n \\log n)$ Time',
          ' to $10^{6}$ Tokens',
          ' with $k$-Sparse Attention',
          ' under $\\epsilon$-Noise',
        ]),
    );
  }
  if (chance(rng, 0.007)) tryQuirk(chance(rng, 0.6) ? `${title} [v2]` : `[Re] ${title}`);
  return { title, name };
}

/** The thumbnail name the real files use: runs of non-letters/digits/hyphens become "_", cut at 100. */
export function thumbnailSlug(title: string): string {
  return title
    .replace(/[^\p{L}\p{N}-]+/gu, '_')
    .replace(/^_+/, '')
    .slice(0, 100)
    .replace(/_+$/, '');
}
