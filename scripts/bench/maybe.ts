/** A figure, or the reason there is none: one failed measurement never stops the others. */
import { errorText, firstLine, progress } from './log.ts';

export type Maybe<T> = { ok: true; value: T } | { ok: false; reason: string };

export const notRun = (reason: string): { ok: false; reason: string } => ({ ok: false, reason });

/** Runs `work`; a throw becomes the reason, also reported as progress under `label`. */
export async function attempt<T>(label: string, work: () => Promise<T>): Promise<Maybe<T>> {
  try {
    return { ok: true, value: await work() };
  } catch (error) {
    const reason = firstLine(errorText(error));
    progress(`${label}: ${reason}`);
    return { ok: false, reason };
  }
}

/** The runs that gave a figure; a failure only when none did. */
export function combineRuns<T>(runs: readonly Maybe<T>[]): Maybe<T[]> {
  const values = runs.flatMap((r) => (r.ok ? [r.value] : []));
  if (values.length > 0) return { ok: true, value: values };
  const failure = runs.find((r): r is { ok: false; reason: string } => !r.ok);
  return { ok: false, reason: failure?.reason ?? 'not run' };
}

export function field<T, U>(source: Maybe<T>, pickPart: (value: T) => U): Maybe<U> {
  return source.ok ? { ok: true, value: pickPart(source.value) } : source;
}

export function sub<T, U>(source: Maybe<T>, pickPart: (value: T) => Maybe<U>): Maybe<U> {
  return source.ok ? pickPart(source.value) : source;
}
