/** String helpers for the prerendered HTML (pure: unit-tested in html.test.ts). */

/**
 * index.html cut where each page puts its own: the `<html>` tag, the `<title>` (the page's
 * head tags go there), the empty `#root` and the end of `<body>` (the page's data goes before).
 */
export function cutTemplate(template: string): [string, string, string, string, string] {
  const parts: string[] = [];
  let rest = template;
  for (const slot of [/<html[^>]*>/, /<title>[\s\S]*?<\/title>/, /<div id="root"><\/div>/, /<\/body>/]) {
    const match = slot.exec(rest);
    if (!match) throw new Error(`index.html has no ${slot.source.replace(/\\/g, '')}`);
    parts.push(rest.slice(0, match.index));
    rest = rest.slice(match.index + match[0].length);
  }
  return [parts[0] ?? '', parts[1] ?? '', parts[2] ?? '', parts[3] ?? '', rest];
}

export function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

const SCRIPT_UNSAFE = /[<>&\u2028\u2029]/g;
const SCRIPT_ESCAPES: Record<string, string> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

/**
 * JSON that is safe inside a `<script>` element: no `</script>`, no `<!--`. The same output as
 * the pipeline's `jsonForHtml` (src/pipeline/vite-plugin.ts; a test keeps them equal) in one
 * pass instead of five, and repeated here so that this bundle does not pull in the pipeline.
 */
export function jsonForHtml(value: unknown): string {
  return JSON.stringify(value).replace(SCRIPT_UNSAFE, (char) => SCRIPT_ESCAPES[char] ?? char);
}
