/**
 * Bookmarks as Markdown for Obsidian, Notion or a plain notes file: a heading per paper
 * linking to it, its date, upvotes and arXiv id, its summary line in the chosen language, the
 * reader's tags (as `#tags`) and note. The words around the data are the caller's, in the
 * reader's interface language.
 */
import { paperLinks } from '../../../lib/paper-links.ts';
import type { Lang } from '../../../schema/digest.ts';
import type { Bookmark } from '../bookmarks.ts';

export interface MarkdownLabels {
  /** The document's `#` heading. */
  heading: string;
  date: string;
  /** E.g. `upvotes: 92`, the number already in. */
  upvotes: (count: number) => string;
  tags: string;
  note: string;
}

/** Text that Markdown shows as it is, not as markup. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>#|~]/g, (char) => `\\${char}`).replace(/^(\s*)([-+]|\d+\.)(\s)/, '$1\\$2$3');
}

/** A tag as Obsidian and Notion read one: `#world-models`. */
function hashtag(tag: string): string {
  return `#${tag.replace(/\s+/g, '-').replace(/[^\p{L}\p{N}_/-]/gu, '')}`;
}

/** The summary line in `lang`, else in any language the card has. */
function summaryLine(bookmark: Bookmark, lang: Lang): string | null {
  const preview = bookmark.card?.preview;
  if (preview === undefined) return null;
  return preview[lang] ?? Object.values(preview)[0] ?? null;
}

export function markdownEntry(bookmark: Bookmark, lang: Lang, labels: MarkdownLabels): string {
  const links = paperLinks(bookmark.id);
  const title = bookmark.card?.title ?? bookmark.title;
  const lines = [`## [${escapeMarkdown(title)}](${links.huggingFace})`, ''];
  const facts: string[] = [];
  if (bookmark.date !== null) facts.push(`${labels.date}: ${bookmark.date}`);
  if (bookmark.card !== undefined) facts.push(labels.upvotes(bookmark.card.upvotes));
  if (links.arxivAbs !== null) facts.push(`arXiv: [${bookmark.id}](${links.arxivAbs})`);
  if (facts.length > 0) lines.push(`- ${facts.join(' · ')}`);
  const tags = (bookmark.tags ?? []).map(hashtag).filter((tag) => tag !== '#');
  if (tags.length > 0) lines.push(`- ${labels.tags}: ${tags.join(' ')}`);
  const summary = summaryLine(bookmark, lang);
  if (summary !== null) lines.push('', `> ${escapeMarkdown(summary.replace(/\s+/g, ' ').trim())}`);
  const note = bookmark.note?.trim() ?? '';
  if (note !== '') lines.push('', `**${labels.note}**`, '', ...noteLines(note));
  return `${lines.join('\n')}\n`;
}

/** A note as typed: each line shown as text, a line break kept as one (two trailing spaces), blank lines kept. */
function noteLines(note: string): string[] {
  const lines = note.split('\n').map((line) => escapeMarkdown(line.trimEnd()));
  return lines.map((line, i) => (line !== '' && (lines[i + 1] ?? '') !== '' ? `${line}  ` : line));
}

export function toMarkdown(bookmarks: readonly Bookmark[], lang: Lang, labels: MarkdownLabels): string {
  return `# ${escapeMarkdown(labels.heading)}\n\n${bookmarks.map((b) => markdownEntry(b, lang, labels)).join('\n')}`;
}
