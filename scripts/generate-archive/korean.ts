/**
 * The Korean file's prose: formal sentences, key points, notes and inline Markdown quirks,
 * with each particle chosen to agree with the word before it.
 */
import { chance, intBetween, lengthAround, pick, percent, type Rng, shuffledIndices } from './rng.ts';
import { githubUrl, type SentenceMaker } from './text.ts';
import { KO_CLASS, KO_GLOSS, KO_GOAL, KO_MOD, KO_NOUN, KO_VERB } from './words.ts';

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

/** Formal Korean sentences (합니다/했습니다/입니다 endings) with particles chosen by the final consonant. */
export const KO_SENTENCES: readonly SentenceMaker[] = [
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

export function koKeyPoint(rng: Rng, name: string, label: string | undefined): string {
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

export function koNote(rng: Rng): string {
  return pick(rng, [
    `${withParticle(koPhrase(rng), '을')} 실무에 바로 적용해 볼 만한 논문입니다.`,
    `${koPhrase(rng)} 쪽을 연구한다면 꼭 읽어 볼 만합니다.`,
    `아이디어는 단순하지만 효과가 커서 인상적이었습니다. 재현 코드가 공개되면 직접 돌려 보고 싶습니다.`,
    `${withParticle(koPhrase(rng), '은')} 과장된 면이 있지만 실험 설계는 탄탄합니다.`,
    `우리 팀의 ${koPhrase(rng)} 파이프라인에 적용할 수 있을지 검토해 볼 예정.`,
  ]);
}

export function decorateKo(rng: Rng, text: string, name: string): string {
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
