/** A day's file as Markdown, in the real files' shape, with their per-file quirks (emojis, BOM, CRLF). */
import type { Day } from './days.ts';
import type { Paper } from './papers.ts';
import { chance, pick, type Rng } from './rng.ts';

export interface FileStyle {
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

export function makeStyle(rng: Rng, lang: 'ko' | 'en'): FileStyle {
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

export interface Entry {
  paper: Paper;
  rank: number;
  upvotes: number;
  koreanOnly: boolean;
}

export function renderFile(day: Day, entries: readonly Entry[], lang: 'ko' | 'en', style: FileStyle): string {
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

function formatUpvotes(n: number): string {
  return n >= 1000 ? n.toLocaleString('en-US') : String(n);
}
