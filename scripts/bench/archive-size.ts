/**
 * B) Every figure of one archive size: the archive, the content stage cold against a bare
 * parse, the full build, the browser figures of the built site, and the content stage after
 * adding one day to a copy.
 */
import { cp, mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { addOneDay, type ArchiveScan, ensureArchive, middlePaper, scanArchive } from './archives.ts';
import { measureSite, type SiteFigures } from './browser-figures.ts';
import { type BuildOutcome, buildSite, type TimedStage, timeChild } from './builds.ts';
import { closeServer, serve } from './local-site.ts';
import { errorText, firstLine, progress } from './log.ts';
import { attempt, type Maybe, notRun } from './maybe.ts';
import { buildTimeoutSeconds, CACHE, REAL_CORPUS, type Size } from './settings.ts';
import { sharedBrowser } from './shared-browser.ts';

export interface SizeFigures {
  size: Size;
  archive: Maybe<{ files: number; mb: number; days: number; dir: string }>;
  content: Maybe<TimedStage>;
  parse: Maybe<TimedStage>;
  build: Maybe<BuildOutcome>;
  site: Maybe<SiteFigures>;
  primed: Maybe<TimedStage>;
  plusOne: Maybe<TimedStage & { date: string }>;
}

/** `searchOnly` (`--only search`): the build and the search figures, nothing else. */
export async function measureSize(size: Size, searchOnly = false): Promise<SizeFigures> {
  const figures: SizeFigures = {
    size,
    archive: notRun('n/a'),
    content: notRun('n/a'),
    parse: notRun('n/a'),
    build: notRun('n/a'),
    site: notRun('n/a'),
    primed: notRun('n/a'),
    plusOne: notRun('n/a'),
  };
  let dir: string;
  let scan: ArchiveScan;
  try {
    dir = size === 'real' ? REAL_CORPUS : await ensureArchive(size);
    progress(`${size}: reading the archive`);
    scan = await scanArchive(dir);
    figures.archive = {
      ok: true,
      value: { files: scan.files, mb: scan.bytes / 1048576, days: scan.dates.length, dir },
    };
  } catch (error) {
    figures.archive = notRun(firstLine(errorText(error)));
    progress(`${size}: ${figures.archive.reason}`);
    return figures;
  }

  // Every cold figure gets an empty content cache of its own, removed after it.
  const caches = path.join(CACHE, 'content-caches', size);
  const freshCache = async (name: string): Promise<string> => {
    const folder = path.join(caches, name);
    await rm(folder, { recursive: true, force: true });
    await mkdir(folder, { recursive: true });
    return folder;
  };

  if (!searchOnly) {
    progress(`${size}: content stage, cold (fresh process, empty cache)`);
    const coldCache = await freshCache('cold');
    figures.content = await attempt(`${size} content stage`, () => timeChild('content', dir, coldCache));
    await rm(coldCache, { recursive: true, force: true });
    progress(`${size}: bare remark-parse (fresh process)`);
    figures.parse = await attempt(`${size} bare parse`, () => timeChild('parse', dir));
  }

  progress(`${size}: full production build, empty cache (timeout ${buildTimeoutSeconds()} s)`);
  const outDir = path.join(CACHE, 'sites', `bench-site-${size}`);
  const buildCache = await freshCache('build');
  figures.build = await attempt(`${size} build`, () => buildSite(dir, outDir, buildCache));
  await rm(buildCache, { recursive: true, force: true });
  if (figures.build.ok) {
    progress(`${size}: built in ${(figures.build.value.ms / 1000).toFixed(1)} s`);
    const site = figures.build.value.dir;
    figures.site = await attempt(`${size} browser`, async () => {
      const { server, base } = await serve(site);
      try {
        return await measureSite(await sharedBrowser(), base, size, middlePaper(scan, site), scan, searchOnly);
      } finally {
        await closeServer(server);
      }
    });
    if (process.env.BENCH_KEEP !== '1') await rm(site, { recursive: true, force: true });
  } else {
    figures.site = notRun(figures.build.reason.startsWith('timed out') ? 'build timed out' : 'build failed');
  }

  if (searchOnly) return figures;
  const work = path.join(CACHE, 'work', size);
  try {
    progress(`${size}: copying the archive`);
    await rm(work, { recursive: true, force: true });
    await mkdir(work, { recursive: true });
    const copy = path.join(work, 'archive');
    await cp(dir, copy, { recursive: true });
    // A file changed within 2 s of a build cannot be told unchanged by its stat (git's "racily
    // clean" files, `trustedStat`), so a build right after the copy would leave the next one
    // to read and hash every file again. An archive one adds a day to is older than that.
    await sleep(2_100);
    // The copy's first run is not the "after one day" figure: it gives a cache (if any) its chance.
    const copyCache = path.join(work, 'cache');
    progress(`${size}: content stage on the copy, as it was (primes an empty cache)`);
    figures.primed = await attempt(`${size} content stage (copy)`, () => timeChild('content', copy, copyCache));
    const date = await addOneDay(copy, scan, work);
    progress(`${size}: content stage after adding ${date}`);
    const plus = await attempt(`${size} content stage (+1 day)`, () => timeChild('content', copy, copyCache));
    figures.plusOne = plus.ok ? { ok: true, value: { ...plus.value, date } } : plus;
  } catch (error) {
    figures.plusOne = notRun(firstLine(errorText(error)));
    progress(`${size}: ${figures.plusOne.reason}`);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
  return figures;
}
