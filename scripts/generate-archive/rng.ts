/**
 * The generator's only source of chance: sfc32 seeded through splitmix32 from a string hash,
 * so that the same seed always gives the same archive (no Math.random).
 */

export interface Rng {
  next(): number; // uniform in [0, 1)
}

function hashString(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}

export function createRng(seed: string): Rng {
  let s = hashString(seed);
  function splitmix(): number {
    s = (s + 0x9e3779b9) | 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  }
  let a = splitmix();
  let b = splitmix();
  let c = splitmix();
  let d = splitmix();
  return {
    next(): number {
      const t = (((a + b) | 0) + d) | 0;
      d = (d + 1) | 0;
      a = b ^ (b >>> 9);
      b = (c + (c << 3)) | 0;
      c = (c << 21) | (c >>> 11);
      c = (c + t) | 0;
      return (t >>> 0) / 4294967296;
    },
  };
}

export function chance(rng: Rng, p: number): boolean {
  return rng.next() < p;
}

export function intBetween(rng: Rng, min: number, max: number): number {
  return min + Math.floor(rng.next() * (max - min + 1));
}

export function pick<T>(rng: Rng, items: readonly T[]): T {
  const item = items[Math.floor(rng.next() * items.length)];
  if (item === undefined) throw new Error('pick() from an empty list');
  return item;
}

export function gaussian(rng: Rng): number {
  const u = 1 - rng.next();
  const v = rng.next();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/** A length drawn from a normal distribution, clamped. */
export function lengthAround(rng: Rng, mean: number, sd: number, min: number, max: number): number {
  return Math.max(min, Math.min(max, Math.round(mean + gaussian(rng) * sd)));
}

/** A percentage from 0.5 to 24.5, with one decimal. */
export function percent(rng: Rng): string {
  return (0.5 + rng.next() * 24).toFixed(1);
}

/** Indices 0..size-1 in random order (inside-out Fisher-Yates). */
export function shuffledIndices(rng: Rng, size: number): number[] {
  const order: number[] = [];
  for (let i = 0; i < size; i++) {
    const j = Math.floor(rng.next() * (i + 1));
    order.push(order[j] ?? i);
    order[j] = i;
  }
  return order;
}
