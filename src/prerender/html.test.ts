import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonForHtml as pipelineJsonForHtml } from '../pipeline/vite-plugin.ts';
import { cutTemplate, jsonForHtml } from './html.ts';

describe('jsonForHtml', () => {
  it('gives the same output as the pipeline’s', () => {
    const value = { title: '</script><!-- a & b > c', line: 'x\u2028y\u2029z', ko: '한국어', list: [1, null, true] };
    expect(jsonForHtml(value)).toBe(pipelineJsonForHtml(value));
    expect(jsonForHtml(value)).not.toMatch(/[<>&\u2028\u2029]/);
  });
});

describe('cutTemplate', () => {
  const template = readFileSync(path.resolve(import.meta.dirname, '../../index.html'), 'utf8');

  it('puts a page together as replacing each slot in turn did', () => {
    const htmlTag = '<html lang="en" data-path="/papers/1">';
    const head = '<title>A &amp; B</title><meta name="description" content="&lt;/body&gt;"/>';
    const app = '<main><p>&lt;/body&gt; &lt;div id=&quot;root&quot;&gt;&lt;/div&gt;</p></main>';
    const data = '<script type="application/json" id="page-data">{"a":"\\u003c/body\\u003e"}</script>';
    const replaced = template
      .replace(/<html[^>]*>/, () => htmlTag)
      .replace(/<title>[\s\S]*?<\/title>/, () => head)
      .replace('<div id="root"></div>', () => `<div id="root">${app}</div>`)
      .replace('</body>', () => `${data}</body>`);
    const [beforeHtml, beforeTitle, beforeRoot, beforeBodyEnd, rest] = cutTemplate(template);
    expect(
      `${beforeHtml}${htmlTag}${beforeTitle}${head}${beforeRoot}<div id="root">${app}</div>${beforeBodyEnd}${data}</body>${rest}`,
    ).toBe(replaced);
  });

  it('names what a template lacks', () => {
    expect(() => cutTemplate(template.replace('<div id="root"></div>', ''))).toThrow(
      'index.html has no <div id="root"></div>',
    );
  });
});
