/** What a page fetched: each response's path, kind, raw bytes and gzip bytes, by phase. */
import { setTimeout as sleep } from 'node:timers/promises';
import { gzipSync } from 'node:zlib';
import type { Page, Request } from 'playwright-core';

export type Kind = 'html' | 'js' | 'css' | 'data' | 'other';

export interface Fetched {
  path: string;
  kind: Kind;
  raw: number;
  gzip: number;
  /** 0 while the page loads, 1 once a timed action started. */
  phase: number;
}

export class NetLog {
  readonly fetched: Fetched[] = [];
  phase = 0;
  /**
   * While a timed action runs, finished requests are only noted: reading each body over CDP
   * and gzipping it here, in the process that also serves the files, delayed the very
   * responses being timed. `quiet()` reads them.
   */
  private holding = false;
  private readonly held: Request[] = [];
  private inflight = 0;
  private lastActivity = performance.now();
  private readonly pending: Promise<void>[] = [];
  private readonly phases = new Map<Request, number>();

  constructor(page: Page) {
    page.on('request', (request) => {
      this.inflight += 1;
      this.lastActivity = performance.now();
      this.phases.set(request, this.phase);
    });
    page.on('requestfinished', (request) => {
      this.inflight -= 1;
      this.lastActivity = performance.now();
      if (this.holding) this.held.push(request);
      else this.pending.push(this.record(request));
    });
    page.on('requestfailed', () => {
      this.inflight -= 1;
      this.lastActivity = performance.now();
    });
  }

  private async record(request: Request): Promise<void> {
    const url = new URL(request.url());
    if (!url.protocol.startsWith('http')) return;
    const response = await request.response();
    if (response === null) return;
    const body = await response.body().catch(() => Buffer.alloc(0));
    const sizes = await request.sizes().catch(() => null);
    const pathname = url.pathname;
    let kind: Kind = 'other';
    if (request.resourceType() === 'document') kind = 'html';
    else if (/\.m?js$/.test(pathname)) kind = 'js';
    else if (pathname.endsWith('.css')) kind = 'css';
    else if (/\/data\/.*\.json$/.test(pathname)) kind = 'data';
    this.fetched.push({
      path: pathname,
      kind,
      raw: sizes && sizes.responseBodySize > 0 ? sizes.responseBodySize : body.length,
      gzip: body.length > 0 ? gzipSync(body, { level: 9 }).length : 0,
      phase: this.phases.get(request) ?? 0,
    });
  }

  /** Waits until no request has been in flight for `quietMs`, then for every body to be read. */
  async quiet(quietMs = 500, timeoutMs = 30_000): Promise<void> {
    const deadline = performance.now() + timeoutMs;
    while (this.inflight > 0 || performance.now() - this.lastActivity < quietMs) {
      if (performance.now() > deadline) throw new Error(`the network did not settle in ${timeoutMs / 1000} s`);
      await sleep(50);
    }
    this.holding = false;
    this.pending.push(...this.held.splice(0).map((request) => this.record(request)));
    await Promise.all(this.pending);
  }

  /** The timed action starts: what it fetches is phase 1, and is counted once `quiet()`. */
  startTimed(): void {
    this.phase = 1;
    this.holding = true;
  }

  sum(filter: (f: Fetched) => boolean): { raw: number; gzip: number; count: number } {
    let raw = 0;
    let gzip = 0;
    let count = 0;
    for (const f of this.fetched) {
      if (!filter(f)) continue;
      raw += f.raw;
      gzip += f.gzip;
      count += 1;
    }
    return { raw, gzip, count };
  }
}

/** What an action fetched: the favicon, which the browser asks for when it likes, is not. */
export function afterAction(f: Fetched): boolean {
  return f.phase === 1 && !f.path.endsWith('/favicon.svg') && !f.path.endsWith('/favicon.ico');
}
