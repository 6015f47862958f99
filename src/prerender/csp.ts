/// <reference types="node" />
/**
 * The Content-Security-Policy every page carries (as a `<meta>`; the same string can be
 * sent as a header, see README "Deploy"). No inline script runs unless the build hashed it;
 * no inline style attribute is allowed either: the app uses none.
 */
import { createHash } from 'node:crypto';

export function scriptHash(source: string): string {
  return `'sha256-${createHash('sha256').update(source, 'utf8').digest('base64')}'`;
}

/** Executable inline scripts of a page (JSON data blocks are data, not scripts). */
export function inlineScripts(html: string): string[] {
  const scripts: string[] = [];
  for (const match of html.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/g)) {
    const attrs = match[1] ?? '';
    if (/type="application\/(?:ld\+)?json"/.test(attrs)) continue;
    scripts.push(match[2] ?? '');
  }
  return scripts;
}

export function contentSecurityPolicy(inlineScriptSources: readonly string[]): string {
  const hashes = [...new Set(inlineScriptSources.map(scriptHash))];
  return [
    "default-src 'self'",
    `script-src 'self'${hashes.length ? ` ${hashes.join(' ')}` : ''}`,
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "manifest-src 'self'",
    "worker-src 'self'",
  ].join('; ');
}
