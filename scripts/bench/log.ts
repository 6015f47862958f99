/** Progress lines on stderr (the tables go to stdout), and errors as one line. */

const started = performance.now();

export function progress(message: string): void {
  process.stderr.write(`[bench ${((performance.now() - started) / 1000).toFixed(1).padStart(6)} s] ${message}\n`);
}

export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function firstLine(text: string): string {
  return text.split('\n').find((line) => line.trim() !== '') ?? text;
}
