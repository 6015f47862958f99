/**
 * generate-archive.ts: writes a SYNTHETIC daily-papers digest archive for benchmarks.
 *
 * Every word is built from small hand-written vocabularies (generate-archive/words/*.json; no
 * real digest text ever enters the repo), but the files have the real digests' shape and quirks: Korean
 * `YYYY-MM-DD.md` plus English `YYYY-MM-DD.en.md` per day, nested as `YYYY/MM/`, papers in
 * descending upvote order, heavy-tailed upvotes (`1,234` with a comma), the U+FFFD key-points
 * heading in about half of the Korean files, other emojis varied or missing, ~2% BOM, ~2% CRLF,
 * titles with colons, parentheses, quotes, `&`, `$...$`, Greek letters and brackets, a
 * thumbnail line whose image does not exist, inline bold/code/links, an author's own
 * `💬` section in ~3% of papers, ~5% of papers re-appearing on a later day (same id and title)
 * and ~3% of papers present in the Korean file only.
 *
 * English files that lost a Korean-only paper keep the Korean ranks (so numbering can have a
 * gap) and their H1 says the number of papers the file really holds (a day whose papers are all
 * Korean-only, possible only with a tiny --papers, gets no English file).
 *
 * Output is fully determined by --seed, --days, --papers and --end (seeded PRNG, no Math.random).
 *
 * Usage:
 *   npx tsx scripts/generate-archive.ts --out <dir> --days <N> --papers <P> [--seed 1] [--end 2026-01-29]
 *   npx tsx scripts/generate-archive.ts --out <dir> --size week|top5|top30 [--clean]
 *     week = 7 days x 5 papers, top5 = 3650 days x 5, top30 = 3650 days x 30
 *     --clean  empties <dir> first (only if it holds nothing but YYYY folders)
 */
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import {
  EN_ADJ,
  EN_CLASS,
  EN_GERUND,
  EN_METHOD,
  EN_NOUN,
  EN_PROBLEM,
  EN_QUOTED,
  EN_SIZE,
  EN_TASK,
  EN_VERB,
  KO_CLASS,
  KO_GLOSS,
  KO_GOAL,
  KO_KP_LABELS,
  KO_MOD,
  KO_NOUN,
  KO_VERB,
  NAME_CORE,
  NAME_PREFIX,
  NAME_SUFFIX,
} from './generate-archive/words.ts';

// ---------------------------------------------------------------------------------------------
// Options

/** A mistake of the caller (bad flag, non-empty output folder): printed without a stack trace. */
class CliError extends Error {}

interface Options {
  out: string;
  days: number;
  papers: number;
  seed: string;
  end: string;
  clean: boolean;
}

const SIZE_PRESETS: Readonly<Record<string, { days: number; papers: number }>> = {
  week: { days: 7, papers: 5 },
  week30: { days: 7, papers: 30 },
  top5: { days: 3650, papers: 5 },
  top30: { days: 3650, papers: 30 },
};

const USAGE =
  'usage: npx tsx scripts/generate-archive.ts --out <dir> (--size week|top5|top30 | --days <N> --papers <P>) [--seed 1] [--end 2026-01-29] [--clean]';

function parsePositiveInt(name: string, value: string | undefined, max: number): number {
  if (value === undefined || !/^\d+$/.test(value)) throw new CliError(`--${name} must be a positive integer`);
  const n = Number(value);
  if (n < 1 || n > max) throw new CliError(`--${name} must be between 1 and ${max}`);
  return n;
}

function readOptions(argv: readonly string[]): Options {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      out: { type: 'string' },
      days: { type: 'string' },
      papers: { type: 'string' },
      seed: { type: 'string', default: '1' },
      end: { type: 'string', default: '2026-01-29' },
      size: { type: 'string' },
      clean: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  if (values.out === undefined || values.out === '') throw new CliError('--out <dir> is required');
  let preset: { days: number; papers: number } | undefined;
  if (values.size !== undefined) {
    preset = SIZE_PRESETS[values.size];
    if (preset === undefined) throw new CliError(`unknown --size ${values.size} (week, top5 or top30)`);
  }
  const days = values.days !== undefined ? parsePositiveInt('days', values.days, 100_000) : preset?.days;
  const papers = values.papers !== undefined ? parsePositiveInt('papers', values.papers, 1000) : preset?.papers;
  if (days === undefined || papers === undefined) throw new CliError('give --size, or both --days and --papers');
  const end = values.end;
  const endMs = Date.parse(`${end}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(end) || Number.isNaN(endMs) || new Date(endMs).toISOString().slice(0, 10) !== end) {
    throw new CliError('--end must be a date YYYY-MM-DD');
  }
  return { out: values.out, days, papers, seed: values.seed, end, clean: values.clean };
}

// ---------------------------------------------------------------------------------------------
// Seeded PRNG (sfc32 seeded through splitmix32 from a string hash)

interface Rng {
  next(): number; // uniform in [0, 1)
}

function hashString(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}

function createRng(seed: string): Rng {
  let s = hashString(seed);
  function splitmix(): number {
    s = (s + 0x9e3779b9) | 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  }
  let a = splitmix();
  let b = splitmix();
  let c = splitmix();
  let d = splitmix();
  return {
    next(): number {
      const t = (((a + b) | 0) + d) | 0;
      d = (d + 1) | 0;
      a = b ^ (b >>> 9);
      b = (c + (c << 3)) | 0;
      c = (c << 21) | (c >>> 11);
      c = (c + t) | 0;
      return (t >>> 0) / 4294967296;
    },
  };
}

function chance(rng: Rng, p: number): boolean {
  return rng.next() < p;
}

function intBetween(rng: Rng, min: number, max: number): number {
  return min + Math.floor(rng.next() * (max - min + 1));
}

function pick<T>(rng: Rng, items: readonly T[]): T {
  const item = items[Math.floor(rng.next() * items.length)];
  if (item === undefined) throw new Error('pick() from an empty list');
  return item;
}

function gaussian(rng: Rng): number {
  const u = 1 - rng.next();
  const v = rng.next();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/** A length drawn from a normal distribution, clamped. */
function lengthAround(rng: Rng, mean: number, sd: number, min: number, max: number): number {
  return Math.max(min, Math.min(max, Math.round(mean + gaussian(rng) * sd)));
}

function percent(rng: Rng): string {
  return (0.5 + rng.next() * 24).toFixed(1);
}

// ---------------------------------------------------------------------------------------------
// English title words in sentence case

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

// ---------------------------------------------------------------------------------------------
// Korean particles

type Particle = '은' | '이' | '을' | '과' | '으로';

/** Final consonant (jongseong) index of the last Hangul syllable; 0 if none. */
function finalConsonant(word: string): number {
  for (let i = word.length - 1; i >= 0; i--) {
    const code = word.charCodeAt(i);
    if (code >= 0xac00 && code <= 0xd7a3) return (code - 0xac00) % 28;
  }
  return 0;
}

function withParticle(word: string, particle: Particle): string {
  const jong = finalConsonant(word);
  const closed = jong !== 0;
  switch (particle) {
    case '은':
      return word + (closed ? '은' : '는');
    case '이':
      return word + (closed ? '이' : '가');
    case '을':
      return word + (closed ? '을' : '를');
    case '과':
      return word + (closed ? '과' : '와');
    case '으로':
      return word + (closed && jong !== 8 ? '으로' : '로'); // ㄹ takes 로
  }
}

// ---------------------------------------------------------------------------------------------
// Names, titles, ids, upvotes

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

function makeTitle(rng: Rng): { title: string; name: string } {
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
function thumbnailSlug(title: string): string {
  return title
    .replace(/[^\p{L}\p{N}-]+/gu, '_')
    .replace(/^_+/, '')
    .slice(0, 100)
    .replace(/_+$/, '');
}

/** Heavy tail: most 5-60, some in the hundreds, rare above 1000. */
function drawUpvotes(rng: Rng): number {
  const roll = rng.next();
  if (roll < 0.0025) return Math.round(1000 * Math.exp(rng.next() * Math.log(4.5)));
  if (roll < 0.015) return Math.round(100 * Math.exp(rng.next() * Math.log(9)));
  if (roll < 0.018) return intBetween(rng, 0, 3);
  return Math.round(Math.exp(Math.log(26) + gaussian(rng) * 0.68));
}

function formatUpvotes(n: number): string {
  return n >= 1000 ? n.toLocaleString('en-US') : String(n);
}

// ---------------------------------------------------------------------------------------------
// Korean text

function koNoun(rng: Rng): string {
  const noun = pick(rng, KO_NOUN);
  const gloss = KO_GLOSS[noun];
  return gloss !== undefined && chance(rng, 0.35) ? `${noun}(${gloss})` : noun;
}

function koPhrase(rng: Rng): string {
  return chance(rng, 0.35) ? `${pick(rng, KO_MOD)} ${koNoun(rng)}` : koNoun(rng);
}

function koNamed(rng: Rng, name: string, particle: Particle): string {
  return `${name} ${withParticle(pick(rng, KO_CLASS), particle)}`;
}

type SentenceMaker = (rng: Rng, name: string) => string;

/** Formal Korean sentences (합니다/했습니다/입니다 endings) with particles chosen by the final consonant. */
const KO_SENTENCES: readonly SentenceMaker[] = [
  (rng, name) =>
    `본 논문은 ${koN(rng, '을')} ${pick(rng, KO_VERB)}하기 위한 ${pick(rng, KO_MOD)} ${koNamed(rng, name, '을')} 제안합니다.`,
  (rng) =>
    `기존 ${withParticle(koNoun(rng), '은')} ${koPhrase(rng)}에 크게 의존하기 때문에 ${koN(rng, '이')} 제한된다는 한계가 있습니다.`,
  (rng, name) =>
    `이를 해결하기 위해 연구진은 ${koN(rng, '과')} ${koN(rng, '을')} 결합한 ${koNamed(rng, name, '을')} 설계했습니다.`,
  (rng, name) =>
    `${koNamed(rng, name, '은')} ${koN(rng, '을')} ${pick(rng, KO_VERB)}하고, ${koPhrase(rng)}에서 ${koN(rng, '을')} 동시에 ${pick(rng, KO_VERB)}합니다.`,
  (rng) =>
    `실험 결과, 제안된 방법은 ${intBetween(rng, 3, 18)}개의 벤치마크에서 기존 최고 성능 대비 평균 ${percent(rng)}%p 향상된 결과를 보였습니다.`,
  (rng) =>
    `특히 ${koN(rng, '이')} 어려운 ${koPhrase(rng)} 환경에서도 ${pick(rng, KO_MOD)} ${withParticle(koNoun(rng), '을')} 유지했습니다.`,
  (rng) => `또한 ${koN(rng, '을')} ${intBetween(rng, 2, 12)}배 줄이면서도 ${koPhrase(rng)}의 손실은 거의 없었습니다.`,
  (rng) =>
    `저자들은 ${koN(rng, '과')} ${koPhrase(rng)} 사이의 관계를 체계적으로 분석하여 ${koPhrase(rng)}에 대한 새로운 통찰을 제공합니다.`,
  (rng) => `이 연구는 ${koN(rng, '으로')} ${koN(rng, '을')} ${pick(rng, KO_VERB)}할 수 있음을 보여 줍니다.`,
  (rng) =>
    `${koN(rng, '은')} ${koPhrase(rng)}의 핵심 요소이지만, 지금까지는 ${koN(rng, '이')} 충분히 연구되지 않았습니다.`,
  (rng) => `제안 기법은 추가 학습 없이 ${koPhrase(rng)}에 바로 적용할 수 있어 실용성이 높습니다.`,
  (rng) =>
    `${intBetween(rng, 1, 70)}B 규모의 모델로도 훨씬 큰 ${koN(rng, '과')} 대등한 ${koN(rng, '을')} 달성했습니다.`,
  (rng) => `분석 결과 ${koN(rng, '이')} ${koPhrase(rng)} 저하의 주된 원인임을 확인했습니다.`,
  (rng, name) =>
    `${koNamed(rng, name, '은')} ${koPhrase(rng)} 단계에서 ${koN(rng, '을')} ${pick(rng, KO_GOAL)}하는 모듈을 포함하며, 전체 과정은 ${koN(rng, '으로')} 학습됩니다.`,
  (rng) =>
    `이는 ${koPhrase(rng)} 분야에서 ${koN(rng, '을')} ${pick(rng, KO_VERB)}하는 데 중요한 기반이 될 것으로 기대됩니다.`,
];

function koN(rng: Rng, particle: Particle): string {
  return withParticle(koPhrase(rng), particle);
}

function koKeyPoint(rng: Rng, name: string, label: string | undefined): string {
  const ending = pick(rng, ['함', '함', '함', '했습니다', '합니다', '함.', '']);
  const n = (p: Particle): string => withParticle(koPhrase(rng), p);
  let body: string;
  switch (intBetween(rng, 0, 5)) {
    case 0:
      body = `${n('과')} ${n('을')} 결합한 ${name} ${pick(rng, KO_CLASS)} 제안`;
      break;
    case 1:
      body = `${intBetween(rng, 3, 15)}개 벤치마크에서 기존 방법 대비 최대 ${percent(rng)}% 향상`;
      break;
    case 2:
      body = `${koPhrase(rng)} 및 ${koPhrase(rng)} 분야의 연구자와 개발자에게 유용`;
      break;
    case 3:
      body = `${n('을')} ${pick(rng, KO_VERB)}하여 ${n('을')} 개선`;
      break;
    case 4:
      body = `${koPhrase(rng)} 단계에서 ${n('을')} 도입해 ${n('을')} 안정화`;
      break;
    default:
      body = `${pick(rng, KO_MOD)} ${n('을')} 활용해 ${koPhrase(rng)}의 비용을 ${percent(rng)}% 절감`;
  }
  // Bodies end in a 하다-stem noun; the ending turns it into 함 / 했습니다 / 합니다, or stays nominal.
  const target = lengthAround(rng, 70, 28, 30, 170);
  const extensions = [
    (): string => `하고, ${n('을')} ${pick(rng, KO_VERB)}`,
    (): string => `하며, 이를 통해 ${n('이')} 크게 개선되는 것을 확인`,
    (): string => `하여 ${koPhrase(rng)} 환경에서도 ${n('을')} ${pick(rng, KO_VERB)}`,
  ];
  const order = shuffledIndices(rng, extensions.length);
  for (let extra = 0; extra < 2 && body.length < target; extra++) body += extensions[order[extra] ?? 0]?.() ?? '';
  const text = body + ending;
  return label !== undefined ? `${label}: ${text}` : text;
}

function koNote(rng: Rng): string {
  return pick(rng, [
    `${withParticle(koPhrase(rng), '을')} 실무에 바로 적용해 볼 만한 논문입니다.`,
    `${koPhrase(rng)} 쪽을 연구한다면 꼭 읽어 볼 만합니다.`,
    `아이디어는 단순하지만 효과가 커서 인상적이었습니다. 재현 코드가 공개되면 직접 돌려 보고 싶습니다.`,
    `${withParticle(koPhrase(rng), '은')} 과장된 면이 있지만 실험 설계는 탄탄합니다.`,
    `우리 팀의 ${koPhrase(rng)} 파이프라인에 적용할 수 있을지 검토해 볼 예정.`,
  ]);
}

// ---------------------------------------------------------------------------------------------
// English text

function enPhrase(rng: Rng): string {
  return chance(rng, 0.4) ? `${pick(rng, EN_ADJ_LC)} ${pick(rng, EN_NOUN_LC)}` : pick(rng, EN_NOUN_LC);
}

function enOpening(rng: Rng, name: string): string {
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

const EN_SENTENCES: readonly SentenceMaker[] = [
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

function enNote(rng: Rng): string {
  return pick(rng, [
    `Worth a read if you work on ${enPhrase(rng)}.`,
    `Simple idea, strong results; I want to try it on our ${enPhrase(rng)} pipeline.`,
    `The headline numbers look good, but the evaluation on ${enPhrase(rng)} is thin.`,
    `Bookmarking this for the reading group.`,
  ]);
}

// ---------------------------------------------------------------------------------------------
// Inline Markdown quirks in summaries

function githubUrl(rng: Rng, name: string): string {
  const repo =
    name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'project';
  return `https://github.com/${pick(rng, ['synth-lab', 'example-ai', 'open-research', 'demo-group'])}/${repo}`;
}

function decorateKo(rng: Rng, text: string, name: string): string {
  let out = text;
  if (chance(rng, 0.05)) out = out.replace(/(평균 [\d.]+%p|[\d.]+%|[\d]+배)/, '**$1**');
  if (chance(rng, 0.03)) out = out.replace(name, `\`${name}\``);
  if (chance(rng, 0.02)) {
    out += chance(rng, 0.5)
      ? ` 코드는 ${githubUrl(rng, name)} 에서 확인할 수 있습니다.`
      : ` 자세한 내용은 [프로젝트 페이지](${githubUrl(rng, name)})를 참고하세요.`;
  }
  return out;
}

function decorateEn(rng: Rng, text: string, name: string): string {
  let out = text;
  if (chance(rng, 0.05)) out = out.replace(/(\d[\d.]*%|\d+x larger)/, '**$1**');
  if (chance(rng, 0.03)) out = out.replace(name, `\`${name}\``);
  if (chance(rng, 0.02))
    out += ` Code: ${chance(rng, 0.5) ? githubUrl(rng, name) : `[project page](${githubUrl(rng, name)})`}`;
  return out;
}

// ---------------------------------------------------------------------------------------------
// Papers

interface PaperText {
  summary: string;
  keyPoints: string[];
  abstract: string[]; // paragraphs
  note: string | undefined;
}

interface Paper {
  id: string;
  title: string;
  thumbnail: string | undefined;
  ko: PaperText;
  en: PaperText;
  appearances: number;
}

/** Indices 0..size-1 in random order (inside-out Fisher-Yates). */
function shuffledIndices(rng: Rng, size: number): number[] {
  const order: number[] = [];
  for (let i = 0; i < size; i++) {
    const j = Math.floor(rng.next() * (i + 1));
    order.push(order[j] ?? i);
    order[j] = i;
  }
  return order;
}

/** Sentences from the given templates, each template used once before any is reused. */
function sentenceSource(rng: Rng, makers: readonly SentenceMaker[], name: string): () => string {
  let order: number[] = [];
  return function nextSentence(): string {
    if (order.length === 0) order = shuffledIndices(rng, makers.length);
    const maker = makers[order.pop() ?? 0];
    if (maker === undefined) throw new Error('no sentence templates');
    return maker(rng, name);
  };
}

/** Sentences until `target` characters; a sentence that would pass `max` ends the text early instead. */
function fillTo(target: number, max: number, next: () => string): string {
  let out = next();
  while (out.length < target) {
    const sentence = next();
    if (out.length + 1 + sentence.length > max) break;
    out += ` ${sentence}`;
  }
  return out;
}

function makeKoText(rng: Rng, name: string): PaperText {
  const summaryTarget = chance(rng, 0.2) ? lengthAround(rng, 55, 15, 30, 90) : lengthAround(rng, 180, 35, 110, 260);
  const sentence = sentenceSource(rng, KO_SENTENCES, name);
  const summary = decorateKo(rng, fillTo(summaryTarget, 270, sentence), name);
  const count = pick(rng, [3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 2, 4, 4, 5]);
  const labels = chance(rng, 0.35) ? pick(rng, KO_KP_LABELS) : undefined;
  const keyPoints: string[] = [];
  for (let i = 0; i < count; i++) keyPoints.push(koKeyPoint(rng, name, labels?.[i]));
  const paragraphs = pick(rng, [1, 1, 2, 2, 2, 3, 3]);
  const abstract: string[] = [];
  for (let i = 0; i < paragraphs; i++) {
    let paragraph = fillTo(lengthAround(rng, 500, 160, 240, 880), 940, sentence);
    if (i === paragraphs - 1 && chance(rng, 0.15)) paragraph += ' 코드와 모델 가중치는 공개될 예정입니다.';
    if (chance(rng, 0.03)) paragraph += ' '; // trailing space, as hand-edited files have
    abstract.push(paragraph);
  }
  return { summary, keyPoints, abstract, note: undefined };
}

function makeEnText(rng: Rng, name: string, keyPointCount: number): PaperText {
  const target = lengthAround(rng, 1400, 280, 420, 1950);
  const nextSentence = sentenceSource(rng, EN_SENTENCES, name);
  const sentences = [enOpening(rng, name)];
  let length = sentences[0]?.length ?? 0;
  while (length < target) {
    const sentence = nextSentence();
    sentences.push(sentence);
    length += sentence.length + 1;
  }
  if (chance(rng, 0.2)) sentences.push('We release our code, data, and model weights to facilitate future research.');
  let abstract = sentences.join(' ');
  const cut = abstract.lastIndexOf(' ', target - 40);
  if (cut > 300 && chance(rng, 0.05)) abstract = `${abstract.slice(0, cut)} ...`; // truncated, as scraped abstracts are
  if (chance(rng, 0.005)) abstract = abstract.replace(/(\d+)x larger/, '10<sup>$1</sup>x larger');
  // As in the real English files: summary = first sentence, key points = sentences of the abstract.
  const summary = decorateEn(rng, sentences[0] ?? '', name);
  const wanted = chance(rng, 0.03) ? Math.max(1, keyPointCount - 1) : keyPointCount;
  const chosen = shuffledIndices(rng, sentences.length - 1)
    .slice(0, wanted)
    .sort((a, b) => a - b);
  const keyPoints = chosen.map((index) => sentences[index + 1] ?? '');
  return { summary, keyPoints, abstract: [abstract], note: undefined };
}

function makePaper(rng: Rng, id: string): Paper {
  const { title, name } = makeTitle(rng);
  const ko = makeKoText(rng, name);
  const en = makeEnText(rng, name, ko.keyPoints.length);
  if (chance(rng, 0.03)) {
    ko.note = koNote(rng);
    en.note = enNote(rng);
  }
  return { id, title, thumbnail: chance(rng, 0.98) ? thumbnailSlug(title) : undefined, ko, en, appearances: 0 };
}

// ---------------------------------------------------------------------------------------------
// Dates and ids

const DAY_MS = 86_400_000;

interface Day {
  iso: string; // YYYY-MM-DD
  year: string;
  month: string;
  dayOfMonth: number;
  daysInMonth: number;
}

function dayAt(ms: number): Day {
  const date = new Date(ms);
  const y = date.getUTCFullYear();
  const m = date.getUTCMonth();
  const iso = date.toISOString().slice(0, 10);
  return {
    iso,
    year: iso.slice(0, 4),
    month: iso.slice(5, 7),
    dayOfMonth: date.getUTCDate(),
    daysInMonth: new Date(Date.UTC(y, m + 1, 0)).getUTCDate(),
  };
}

/** arXiv-style YYMM.NNNNN; numbers grow through the month like real submissions. */
function makeId(rng: Rng, day: Day, used: Set<number>): string {
  const lag = intBetween(rng, 0, 4);
  const position = Math.max(0, day.dayOfMonth - 1 - lag) / day.daysInMonth;
  let n = Math.max(1, Math.round(position * 26_000) + intBetween(rng, 0, 1500));
  while (used.has(n)) n = n >= 99_999 ? 1 : n + 1;
  used.add(n);
  return `${day.year.slice(2)}${day.month}.${String(n).padStart(5, '0')}`;
}

// ---------------------------------------------------------------------------------------------
// Rendering

interface FileStyle {
  bom: boolean;
  crlf: boolean;
  headings: { summary: string; keyPoints: string; abstract: string; note: string };
}

function pickEmoji(rng: Rng, usual: string, others: readonly string[]): string {
  const roll = rng.next();
  if (roll < 0.015) return ''; // emoji missing
  if (roll < 0.03) return `${pick(rng, others)} `;
  return `${usual} `;
}

function makeStyle(rng: Rng, lang: 'ko' | 'en'): FileStyle {
  const bom = chance(rng, 0.02);
  const crlf = chance(rng, 0.02);
  if (lang === 'ko') {
    const keyEmoji = chance(rng, 0.5) ? '\uFFFD ' : pickEmoji(rng, '🔑', ['💡', '✅', '🗝️']);
    return {
      bom,
      crlf,
      headings: {
        summary: `### ${pickEmoji(rng, '📌', ['📋', '🧾', '✨'])}요약`,
        keyPoints: `### ${keyEmoji}핵심 포인트`,
        abstract: `### ${pickEmoji(rng, '📝', ['📄', '📖', '🔬'])}초록 (번역)`,
        note: '### 💬 한줄평',
      },
    };
  }
  return {
    bom,
    crlf,
    headings: {
      summary: `### ${pickEmoji(rng, '📌', ['📋', '🧾', '✨'])}Summary`,
      keyPoints: `### ${pickEmoji(rng, '🔑', ['💡', '✅', '🗝️'])}Key Points`,
      abstract: `### ${pickEmoji(rng, '📝', ['📄', '📖', '🔬'])}Abstract`,
      note: '### 💬 Note',
    },
  };
}

interface Entry {
  paper: Paper;
  rank: number;
  upvotes: number;
  koreanOnly: boolean;
}

function renderFile(day: Day, entries: readonly Entry[], lang: 'ko' | 'en', style: FileStyle): string {
  const parts: string[] = [`# ${day.iso} Daily Papers (Top ${entries.length})\n\n`];
  for (const { paper, rank, upvotes } of entries) {
    const text = lang === 'ko' ? paper.ko : paper.en;
    const h = style.headings;
    parts.push(
      `## ${rank}. [${paper.title}](https://huggingface.co/papers/${paper.id})\n`,
      `**Upvotes**: ${formatUpvotes(upvotes)}\n\n`,
      paper.thumbnail !== undefined ? `![Thumbnail](images/${paper.thumbnail}_img.jpg)\n\n` : '',
      `${h.summary}\n${text.summary}\n\n`,
      `${h.keyPoints}\n- ${text.keyPoints.join('\n- ')}\n\n`,
      `${h.abstract}\n${text.abstract.join('\n\n')}\n`,
      text.note !== undefined ? `\n${h.note}\n${text.note}\n` : '',
      '\n\n---\n\n',
    );
  }
  let out = parts.join('');
  if (style.crlf) out = out.replace(/\n/g, '\r\n');
  return style.bom ? `\uFEFF${out}` : out;
}

// ---------------------------------------------------------------------------------------------
// Output

async function prepareOutDir(out: string, clean: boolean): Promise<void> {
  let entries: string[];
  try {
    entries = await readdir(out);
  } catch {
    return; // does not exist yet
  }
  if (entries.length === 0) return;
  if (!clean) throw new CliError(`${out} is not empty; pass --clean to replace it`);
  const foreign = entries.filter((entry) => !/^\d{4}$/.test(entry));
  if (foreign.length > 0) {
    throw new CliError(
      `refusing to --clean ${out}: it holds ${foreign.slice(0, 3).join(', ')} (not a generated archive)`,
    );
  }
  await Promise.all(entries.map((entry) => rm(join(out, entry), { recursive: true, force: true })));
}

class WriteQueue {
  private readonly inflight = new Set<Promise<void>>();
  private readonly limit: number;
  bytes = 0;
  files = 0;

  constructor(limit: number) {
    this.limit = limit;
  }

  async add(path: string, data: string): Promise<void> {
    while (this.inflight.size >= this.limit) await Promise.race(this.inflight);
    this.bytes += Buffer.byteLength(data, 'utf8');
    this.files += 1;
    const job: Promise<void> = writeFile(path, data, 'utf8').then(() => {
      this.inflight.delete(job);
    });
    this.inflight.add(job);
  }

  async drain(): Promise<void> {
    await Promise.all(this.inflight);
  }
}

// ---------------------------------------------------------------------------------------------
// Main

const REPEAT_RATE = 0.05;
const KOREAN_ONLY_RATE = 0.03;
const REPEAT_WINDOW_DAYS = 7;

async function generate(options: Options): Promise<void> {
  const started = performance.now();
  const rng = createRng(`generate-archive:${options.seed}`);
  const endMs = Date.parse(`${options.end}T00:00:00Z`);
  const days: Day[] = [];
  for (let i = options.days - 1; i >= 0; i--) days.push(dayAt(endMs - i * DAY_MS));

  await prepareOutDir(options.out, options.clean);
  const monthDirs = [...new Set(days.map((day) => join(options.out, day.year, day.month)))];
  await Promise.all(monthDirs.map((dir) => mkdir(dir, { recursive: true })));

  const queue = new WriteQueue(64);
  const recent: Paper[][] = []; // papers of the last REPEAT_WINDOW_DAYS days
  let usedIds = new Set<number>();
  let currentMonth = '';
  let appearances = 0;
  let repeats = 0;

  for (const day of days) {
    if (`${day.year}${day.month}` !== currentMonth) {
      currentMonth = `${day.year}${day.month}`;
      usedIds = new Set<number>();
    }
    const todays: Paper[] = [];
    const onDay = new Set<string>();
    const drafts: Omit<Entry, 'rank'>[] = [];
    for (let slot = 0; slot < options.papers; slot++) {
      let paper: Paper | undefined;
      if (recent.length > 0 && chance(rng, REPEAT_RATE)) {
        const earlierDay = pick(rng, recent);
        const candidate = earlierDay.length > 0 ? pick(rng, earlierDay) : undefined;
        if (candidate !== undefined && !onDay.has(candidate.id) && candidate.appearances < 3) {
          paper = candidate;
          repeats += 1;
        }
      }
      paper ??= makePaper(rng, makeId(rng, day, usedIds));
      paper.appearances += 1;
      onDay.add(paper.id);
      todays.push(paper);
      drafts.push({ paper, upvotes: drawUpvotes(rng), koreanOnly: chance(rng, KOREAN_ONLY_RATE) });
    }
    drafts.sort((a, b) => b.upvotes - a.upvotes);
    const entries: Entry[] = drafts.map((draft, index) => ({ ...draft, rank: index + 1 }));
    const english = entries.filter((entry) => !entry.koreanOnly);
    appearances += entries.length;

    const base = join(options.out, day.year, day.month, day.iso);
    await queue.add(`${base}.md`, renderFile(day, entries, 'ko', makeStyle(rng, 'ko')));
    const enStyle = makeStyle(rng, 'en');
    if (english.length > 0) await queue.add(`${base}.en.md`, renderFile(day, english, 'en', enStyle));

    recent.push(todays);
    if (recent.length > REPEAT_WINDOW_DAYS) recent.shift();
  }
  await queue.drain();

  const seconds = (performance.now() - started) / 1000;
  console.log(
    `generated ${days.length} days (${days[0]?.iso ?? '-'}..${options.end}), ${appearances} papers ` +
      `(${repeats} repeats), ${queue.files} files, ${(queue.bytes / 1048576).toFixed(1)} MB in ${seconds.toFixed(1)} s -> ${options.out}`,
  );
}

async function main(): Promise<void> {
  let options: Options;
  try {
    options = readOptions(process.argv.slice(2));
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    process.exit(2);
  }
  await generate(options);
}

main().catch((error: unknown) => {
  if (error instanceof CliError) console.error(error.message);
  else console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});
