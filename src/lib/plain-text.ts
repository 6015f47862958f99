/**
 * The plain text of the digest's rich text: for card previews and meta descriptions at build
 * time, for search and its highlighted previews in the browser.
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
