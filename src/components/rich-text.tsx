/**
 * Renders the pipeline's rich text as React elements. There is no HTML anywhere in the
 * data, so nothing can be injected; links were limited to http(s) at build time.
 */
import { Fragment, type ReactNode } from 'react';
import type { Block, Inline } from '../schema/digest.ts';

export function InlineText({ content }: { content: readonly Inline[] }): ReactNode {
  return content.map((item, i) => {
    if (typeof item === 'string') return <Fragment key={i}>{item}</Fragment>;
    switch (item.t) {
      case 'strong':
        return (
          <strong key={i}>
            <InlineText content={item.c} />
          </strong>
        );
      case 'em':
        return (
          <em key={i}>
            <InlineText content={item.c} />
          </em>
        );
      case 'del':
        return (
          <del key={i}>
            <InlineText content={item.c} />
          </del>
        );
      case 'code':
        return <code key={i}>{item.v}</code>;
      case 'br':
        return <br key={i} />;
      case 'link':
        return (
          <a key={i} href={item.href} rel="noopener noreferrer nofollow" target="_blank">
            <InlineText content={item.c} />
          </a>
        );
    }
  });
}

export function Blocks({ blocks }: { blocks: readonly Block[] }): ReactNode {
  return blocks.map((block, i) => {
    switch (block.t) {
      case 'p':
        return (
          <p key={i}>
            <InlineText content={block.c} />
          </p>
        );
      case 'list': {
        // A tight list item is one paragraph: render its text without a <p>.
        const items = block.items.map((item, j) => {
          const only = item.length === 1 ? item[0] : undefined;
          return <li key={j}>{only?.t === 'p' ? <InlineText content={only.c} /> : <Blocks blocks={item} />}</li>;
        });
        return block.ordered ? <ol key={i}>{items}</ol> : <ul key={i}>{items}</ul>;
      }
      case 'code':
        return (
          <pre key={i}>
            <code>{block.v}</code>
          </pre>
        );
      case 'quote':
        return (
          <blockquote key={i}>
            <Blocks blocks={block.c} />
          </blockquote>
        );
      case 'table':
        return (
          <div key={i} className="overflow-x-auto">
            <table>
              <tbody>
                {block.rows.map((row, r) => (
                  <tr key={r}>
                    {row.map((cell, c) => (
                      <td key={c} className="border border-stone-300 px-2 py-1 dark:border-stone-700">
                        <InlineText content={cell} />
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        );
    }
  });
}
