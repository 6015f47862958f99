/** Fetching the pipeline's JSON files, which live under the site's base URL. */

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly url: string,
  ) {
    super(`HTTP ${status} for ${url}`);
    this.name = 'HttpError';
  }
}

/** The URL of a file the pipeline wrote, e.g. `data/days/2026-01-29.3f2a9c1b0d.json`. */
export function dataUrl(file: string): string {
  return `${import.meta.env.BASE_URL}${file}`;
}

export async function fetchJson<T>(file: string, signal?: AbortSignal): Promise<T> {
  const url = dataUrl(file);
  const response = await fetch(url, signal ? { signal } : {});
  if (!response.ok) throw new HttpError(response.status, url);
  // The files are the build's own output, checked against the schema when written.
  return (await response.json()) as T;
}
