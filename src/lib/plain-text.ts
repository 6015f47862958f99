/**
 * The plain text of the digest's rich text: for card previews at build time, for search and
 * its highlighted previews and for pages' descriptions in the browser.
 */
import type { Block, Inline } from '../schema/digest.ts';

export function inlineText(inlines: readonly Inline[]): string {
  let text = '';
  for (const item of inlines) {
    if (typeof item === 'string') text += item;
    else if (item.t === 'code') text += item.v;
    else if (item.t === 'br') text += ' ';
    else text += inlineText(item.c);
  }
  return text;
}

export function blockText(blocks: readonly Block[]): string {
  const parts: string[] = [];
  for (const block of blocks) {
    switch (block.t) {
      case 'p':
        parts.push(inlineText(block.c));
        break;
      case 'list':
        for (const item of block.items) parts.push(blockText(item));
        break;
      case 'code':
        parts.push(block.v);
        break;
      case 'quote':
        parts.push(blockText(block.c));
        break;
      case 'table':
        for (const row of block.rows) parts.push(row.map(inlineText).join(' '));
        break;
    }
  }
  return parts.join('\n');
}

/** The first sentence of a text, for a description: at most ~200 characters. */
export function firstSentence(text: string, limit = 200): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const match = /^(.+?[.!?。])(?=\s|$)/u.exec(flat);
  const sentence = match?.[1] ?? flat;
  return sentence.length <= limit ? sentence : `${sentence.slice(0, limit - 1).trimEnd()}…`;
}
