/**
 * A digest's rich text as HTML for a feed entry. The text is the pipeline's plain data (see
 * src/schema/digest.ts), never the Markdown's own HTML: it is turned into an HTML syntax tree
 * (hast) and serialized by hast-util-to-html, which escapes every text and attribute. Links
 * were limited to http(s) when the digest was parsed.
 */
import type { ElementContent, Element as HastElement, Root as HastRoot } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { Block, Inline } from '../schema/digest.ts';

/** Element content: an element, or text. */
export type Content = ElementContent;

export function element(tagName: string, children: Content[], properties: HastElement['properties'] = {}): HastElement {
  return { type: 'element', tagName, properties, children };
}

export function text(value: string): Content {
  return { type: 'text', value };
}

function inlines(content: readonly Inline[]): Content[] {
  return content.map((item): Content => {
    if (typeof item === 'string') return text(item);
    switch (item.t) {
      case 'strong':
      case 'em':
      case 'del':
        return element(item.t, inlines(item.c));
      case 'code':
        return element('code', [text(item.v)]);
      case 'br':
        return element('br', []);
      case 'link':
        return element('a', inlines(item.c), { href: item.href });
    }
  });
}

export function blocks(content: readonly Block[]): Content[] {
  return content.map((block): Content => {
    switch (block.t) {
      case 'p':
        return element('p', inlines(block.c));
      case 'list':
        return element(
          block.ordered ? 'ol' : 'ul',
          block.items.map((item) => {
            // A tight list item is one paragraph: its text without a <p>, as the app shows it.
            const only = item.length === 1 ? item[0] : undefined;
            return element('li', only?.t === 'p' ? inlines(only.c) : blocks(item));
          }),
        );
      case 'code':
        return element('pre', [element('code', [text(block.v)])]);
      case 'quote':
        return element('blockquote', blocks(block.c));
      case 'table':
        return element('table', [
          element(
            'tbody',
            block.rows.map((row) =>
              element(
                'tr',
                row.map((cell) => element('td', inlines(cell))),
              ),
            ),
          ),
        ]);
    }
  });
}

/**
 * The HTML of `content`. An Atom writer puts HTML in a CDATA section, which `]]>` would end:
 * it is written as `]]&#x3E;`, which reads back the same in text and in attribute values
 * (the only places the serializer leaves a `>` in).
 */
export function toFeedHtml(content: Content[]): string {
  const root: HastRoot = { type: 'root', children: content };
  return toHtml(root).replaceAll(']]>', ']]&#x3E;');
}
