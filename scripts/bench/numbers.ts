/** Arithmetic and formatting of figures. */

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const hi = sorted[mid] ?? NaN;
  return sorted.length % 2 === 1 ? hi : ((sorted[mid - 1] ?? NaN) + hi) / 2;
}

export function kb(bytes: number): number {
  return bytes / 1024;
}

export function fixed(value: number, digits: number): string {
  return value.toFixed(digits);
}
