/**
 * Writing the site's JSON files: every value checked against its schema, every file named by
 * the hash of its content. The big files are composed of parts that were checked already (a
 * day's cards, a paper's texts, a term shard's postings), so that nothing is checked and
 * serialised twice: checking and serialising ten years of text again would cost more than
 * the rest of the build.
 */
import { createHash } from 'node:crypto';
import * as v from 'valibot';

/** Checks `value` against `schema`, writes it as `data/<dir>/<name>.<hash>.json`, returns that path. */
export type WriteJson = <T>(schema: v.GenericSchema<T>, dir: string, name: string, value: T) => string;

/**
 * The same for a value whose `key` is left empty (`[]` or `{}`) and given instead as `items`:
 * the JSON text of its elements (of a record: `"name":value`), each checked already.
 */
export type WriteFilled = <T>(
  schema: v.GenericSchema<T>,
  dir: string,
  name: string,
  value: T,
  key: string,
  items: readonly (string | Uint8Array)[],
) => string;

export interface JsonOut {
  json: WriteJson;
  filled: WriteFilled;
}

export function contentHash(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex').slice(0, 10);
}

const COMMA = Buffer.from(',');

/** `{…,"key":[],…}` → `{…,"key":[items],…}`; one `"key":` only, which JSON's escaping guarantees. */
function fill(skeleton: string, key: string, items: readonly (string | Uint8Array)[]): Uint8Array {
  const marker = `"${key}":`;
  const at = skeleton.indexOf(marker);
  const open = at + marker.length + 1;
  const empty = skeleton.slice(open - 1, open + 1);
  if (at < 0 || skeleton.includes(marker, at + 1) || (empty !== '[]' && empty !== '{}')) {
    throw new Error(`cannot fill "${key}" in ${skeleton.slice(0, 200)}`);
  }
  const parts: Uint8Array[] = [Buffer.from(skeleton.slice(0, open))];
  let text = '';
  items.forEach((item, i) => {
    if (i > 0) text += ',';
    if (typeof item === 'string') {
      text += item;
    } else {
      if (text !== '') parts.push(text === ',' ? COMMA : Buffer.from(text));
      parts.push(item);
      text = '';
    }
  });
  parts.push(Buffer.from(text + skeleton.slice(open)));
  return Buffer.concat(parts);
}

/** Writes UTF-8 JSON into `files`. */
export function fileOut(files: Map<string, string | Uint8Array>): JsonOut {
  const put = (dir: string, name: string, bytes: Uint8Array) => {
    const file = `data/${dir}/${name}.${contentHash(bytes)}.json`;
    files.set(file, bytes);
    return file;
  };
  return {
    json: (schema, dir, name, value) => put(dir, name, Buffer.from(JSON.stringify(v.parse(schema, value)))),
    filled: (schema, dir, name, value, key, items) =>
      put(dir, name, fill(JSON.stringify(v.parse(schema, value)), key, items)),
  };
}

/**
 * Checks each of `values` against `schema` and writes it into `files` as
 * `data/<dir>/<hash>/<i>.json`, the hash being of them all; returns that folder. For a set
 * read by position (the lookup shards): one short hash names them all, where one per file
 * would make whatever lists them grow with the set.
 */
export function writeSet<T>(
  files: Map<string, string | Uint8Array>,
  schema: v.GenericSchema<T>,
  dir: string,
  values: readonly T[],
): string {
  const texts = values.map((value) => JSON.stringify(v.parse(schema, value)));
  // Each text with its length, so that no two different sets hash alike.
  const folder = `data/${dir}/${contentHash(texts.map((text) => `${text.length}:${text}`).join(''))}`;
  texts.forEach((text, i) => files.set(`${folder}/${i}.json`, Buffer.from(text)));
  return folder;
}

/** For a writer of values only (the tests'): the items are parsed back and the whole value is checked. */
export function valueOut(write: WriteJson): JsonOut {
  const decoder = new TextDecoder();
  return {
    json: write,
    filled: (schema, dir, name, value, key, items) => {
      const text = items.map((item) => (typeof item === 'string' ? item : decoder.decode(item))).join(',');
      const empty: unknown = (value as Record<string, unknown>)[key];
      const filled: unknown = JSON.parse(Array.isArray(empty) ? `[${text}]` : `{${text}}`);
      return write(schema, dir, name, { ...value, [key]: filled });
    },
  };
}
