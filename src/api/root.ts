import { queryOptions } from '@tanstack/react-query';
import type { Root } from '../schema/digest.ts';
import { ROOT_ELEMENT_ID } from '../schema/data-files.ts';

/** Reads the `Root` the page was built with. Called at boot, never during render. */
export function readEmbeddedRoot(doc: Document = document): Root {
  const text = doc.getElementById(ROOT_ELEMENT_ID)?.textContent;
  if (!text)
    throw new Error(`The page has no #${ROOT_ELEMENT_ID} data block: was it built by Vite with the digests plugin?`);
  return JSON.parse(text) as Root;
}

export const rootQueryOptions = () =>
  queryOptions({
    queryKey: ['root'],
    queryFn: () => readEmbeddedRoot(),
  });
