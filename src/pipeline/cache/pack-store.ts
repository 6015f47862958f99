/**
 * The content cache's packs: immutable files of entries (record sets, paper and day chunks)
 * one after another, one more per build. An entry is known by its place in a pack; the packs
 * are read whole, off the build's thread, while the build does other work.
 */
import { closeSync, openSync, read, readSync, writeSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';

/** A part of a pack. */
export interface Place {
  pack: number;
  offset: number;
  length: number;
}

/** A pack file, as the state lists it. */
export interface PackInfo {
  name: string;
  size: number;
}

/** Throws unless `place` is inside its pack. */
export function checkPlace({ pack, offset, length }: Place, packs: readonly PackInfo[]): void {
  const size = packs[pack]?.size;
  if (size === undefined || !(offset >= 0 && length >= 0 && offset + length <= size)) {
    throw new Error(`no pack ${pack} there`);
  }
}

/** The packs of a cache, once read, and whose `places` their entries' are. */
export interface Packs {
  buffers: Buffer[] | null;
  places: Places;
}

/**
 * Where the entries a cache read from its packs are, so that saving does not write them
 * again. Each entry knows its place; this tells the cache's own entries from others' (a
 * WeakMap of twenty thousand entries cost more, the collector's work included).
 */
export class Places {
  has(entry: object): boolean {
    return entry instanceof PackedChunk && entry.places === this;
  }

  get(entry: object): Place | undefined {
    return entry instanceof PackedChunk && entry.places === this ? entry.place : undefined;
  }
}

/** A chunk in a pack, whose bytes are there once the packs are read. */
export class PackedChunk {
  private read: Uint8Array | undefined;

  constructor(
    readonly file: string,
    private readonly packs: Packs,
    readonly place: Place,
  ) {}

  get places(): Places {
    return this.packs.places;
  }

  get bytes(): Uint8Array {
    if (this.read === undefined) {
      const { pack, offset, length } = this.place;
      const buffer = this.packs.buffers?.[pack];
      if (buffer === undefined) throw new Error("the cache's chunks were used before they were read");
      this.read = buffer.subarray(offset, offset + length);
    }
    return this.read;
  }
}

export class PackedDay extends PackedChunk {
  constructor(
    file: string,
    packs: Packs,
    place: Place,
    readonly cards: Int32Array,
  ) {
    super(file, packs, place);
  }
}

/** A part of an open pack, read now. */
export function readPlace(fd: number, { offset, length }: Place): Buffer {
  const buffer = Buffer.allocUnsafe(length);
  for (let at = 0; at < length;) {
    const read = readSync(fd, buffer, at, length - at, offset + at);
    if (read === 0) throw new Error('a pack is cut short');
    at += read;
  }
  return buffer;
}

const readAsync = promisify(read);

/** Open packs, whole, read off this thread. */
export function readPacks(fds: readonly number[], packs: readonly PackInfo[]): Promise<Buffer[]> {
  return Promise.all(
    fds.map(async (fd, i) => {
      const size = packs[i]?.size ?? 0;
      const buffer = Buffer.allocUnsafe(size);
      for (let at = 0; at < size;) {
        const { bytesRead } = await readAsync(fd, buffer, at, size - at, at);
        if (bytesRead === 0) throw new Error('a pack is cut short');
        at += bytesRead;
      }
      return buffer;
    }),
  );
}

/** Appends entries to a new pack file. */
export class PackWriter {
  private fd: number | null = null;
  private size = 0;
  private pending: Uint8Array[] = [];

  constructor(
    private readonly file: string,
    private readonly index: number,
  ) {}

  add(parts: readonly Uint8Array[]): Place {
    this.fd ??= openSync(this.file, 'wx');
    const offset = this.size;
    for (const part of parts) {
      this.pending.push(part);
      this.size += part.byteLength;
    }
    if (this.pending.length >= 1000) this.flush();
    return { pack: this.index, offset, length: this.size - offset };
  }

  close(): PackInfo | null {
    if (this.fd === null) return null;
    this.flush();
    closeSync(this.fd);
    return { name: path.basename(this.file), size: this.size };
  }

  private flush(): void {
    if (this.fd === null || this.pending.length === 0) return;
    const bytes = Buffer.concat(this.pending);
    for (let at = 0; at < bytes.byteLength;) at += writeSync(this.fd, bytes, at);
    this.pending = [];
  }
}
