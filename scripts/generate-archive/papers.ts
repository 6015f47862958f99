/** A paper: its title and, in both languages, its summary, key points, abstract and sometimes a note. */
import { decorateEn, EN_SENTENCES, enNote, enOpening } from './english.ts';
import { decorateKo, koKeyPoint, koNote, KO_SENTENCES } from './korean.ts';
import { chance, lengthAround, pick, type Rng, shuffledIndices } from './rng.ts';
import { fillTo, sentenceSource } from './text.ts';
import { makeTitle, thumbnailSlug } from './titles.ts';
import { KO_KP_LABELS } from './words.ts';

export interface PaperText {
  summary: string;
  keyPoints: string[];
  abstract: string[]; // paragraphs
  note: string | undefined;
}

export interface Paper {
  id: string;
  title: string;
  thumbnail: string | undefined;
  ko: PaperText;
  en: PaperText;
  appearances: number;
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

export function makePaper(rng: Rng, id: string): Paper {
  const { title, name } = makeTitle(rng);
  const ko = makeKoText(rng, name);
  const en = makeEnText(rng, name, ko.keyPoints.length);
  if (chance(rng, 0.03)) {
    ko.note = koNote(rng);
    en.note = enNote(rng);
  }
  return { id, title, thumbnail: chance(rng, 0.98) ? thumbnailSlug(title) : undefined, ko, en, appearances: 0 };
}
