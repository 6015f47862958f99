import { blockText, firstSentence } from '../../lib/plain-text.ts';
import type { Lang, PaperChunk } from '../../schema/digest.ts';

/**
 * A paper's one-line summary in `lang`, or in its other language when it has none in that
 * one (`lang` says which): the first sentence of its summary, else of its abstract.
 */
export function summaryLine(paper: PaperChunk, lang: Lang): { text: string; lang: Lang } | null {
  const langs = [lang, ...Object.keys(paper.texts).filter((other) => other !== lang)];
  for (const candidate of langs) {
    const text = paper.texts[candidate];
    if (text === undefined) continue;
    const section = text.sections.find((s) => s.kind === 'summary') ?? text.sections.find((s) => s.kind === 'abstract');
    const line = section === undefined ? '' : firstSentence(blockText(section.blocks));
    if (line !== '') return { text: line, lang: candidate };
  }
  return null;
}
