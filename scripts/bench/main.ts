/**
 * `npm run bench`: size and speed figures of the production site, printed as tables.
 *
 *   npm run bench -- [--sizes week,top5,week30,top30,real] [--skip-lighthouse] [--only search]
 *
 * A) Lighthouse (mobile preset, performance only) on the sample content's production build,
 *    home and a paper page, 3 runs each, medians; plus 360 px screenshots in /tmp/bench-shots.
 * B) Per archive size (synthetic archives from scripts/generate-archive.ts, cached under
 *    os.tmpdir()/daily-papers-bench/archives, and the real corpus at ../shared/corpus/real when
 *    present): bytes of the first screen, a paper's deep link, the initial JavaScript (beside
 *    that of scripts/stack-floor, the stack alone), the archive's re-ordering and a search, the
 *    bookmarks page importing and opening 60,000 bookmarks;
 *    the content stage against a bare remark parse, and on a quote nested 30 deep; the full
 *    build; the content stage after adding one day; a day page's heading for a returning
 *    reader whose stored language the page was not prerendered in, against a new reader's
 *    (returning-reader.ts).
 * C) The read marks' stored size for 10 years of Top-5 and Top-30 reading, and their parse
 *    and write times (scripts/bench/read-state.ts; no archive is built for it).
 *
 * `--only search` builds each size and measures its search alone (cold and warm, B) 5.), with
 * no Lighthouse, baselines, content stages or other pages: the quick way to the search's
 * figures at ten years of Top-30.
 *
 * Every figure is measured in this run; ratios are taken against baselines of the same run: the
 * first screen's against a week with as many papers a day (1 week for Top-5 and the real corpus,
 * 1 week of Top-30 for Top-30), always measured with the size it is the baseline of. Budgets are
 * marked ✓/✗; the exit code does not depend on them. Progress goes to stderr, tables to stdout.
 *
 * Env: BENCH_BUILD_TIMEOUT (seconds per build or content-stage process, default 900),
 * BENCH_KEEP=1 keeps the built sites, BENCH_VERBOSE=1 lists every file a figure counted,
 * CHROMIUM_PATH (default /usr/bin/chromium).
 *
 * Internal: `--child content|parse <dir>` is this file run as the fresh process whose whole
 * lifetime is timed (builds.ts). The modules imported below use nothing but Node's built-ins;
 * the pipeline, unified, Playwright, Lighthouse and Vite are imported where they are used, so
 * both kinds of child start alike.
 */
import { mkdir } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { isDir } from './archives.ts';
import { measureSize, type SizeFigures } from './archive-size.ts';
import { runChild, type TimedStage, timeDeepQuote } from './builds.ts';
import { LIGHTHOUSE_RUNS, runLighthouse } from './lighthouse.ts';
import { progress } from './log.ts';
import { measureReadState, READ_STATE_TITLE } from './read-state.ts';
import { loadAverage, machineInfo, readLighthouseVersion } from './machine.ts';
import { attempt, type Maybe, notRun } from './maybe.ts';
import { fixed } from './numbers.ts';
import { killAll } from './processes.ts';
import { lighthouseRows, searchRows, sizeRows, warmSearchMisses } from './report.ts';
import { BASELINE, CACHE, REAL_CORPUS, type Size, SIZE_TITLES, SIZES } from './settings.ts';
import { closeSharedBrowser } from './shared-browser.ts';
import { measureStackFloor } from './stack-floor.ts';
import { missing, renderTable, type Table, verdicts } from './table.ts';

function parseSizes(argv: readonly string[]): Size[] {
  const index = argv.indexOf('--sizes');
  const inline = argv.find((a) => a.startsWith('--sizes='));
  const value = inline ? inline.slice('--sizes='.length) : index === -1 ? SIZES.join(',') : (argv[index + 1] ?? '');
  const asked = value
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  for (const s of asked) {
    if (!(SIZES as readonly string[]).includes(s)) {
      throw new Error(`unknown size “${s}” (sizes: ${SIZES.join(', ')})`);
    }
  }
  return SIZES.filter((s) => asked.includes(s));
}

async function main(argv: readonly string[]): Promise<void> {
  if (argv.includes('--help')) {
    console.log('usage: npm run bench -- [--sizes week,top5,week30,top30,real] [--skip-lighthouse] [--only search]');
    return;
  }
  const sizes = parseSizes(argv);
  const searchOnly = argv.includes('--only') && argv[argv.indexOf('--only') + 1] === 'search';
  if (argv.includes('--only') && !searchOnly) throw new Error('--only takes one value: search');
  const skipLighthouse = searchOnly || argv.includes('--skip-lighthouse');
  const lighthouseVersion = await readLighthouseVersion();
  process.stdout.write(await machineInfo(lighthouseVersion));
  const notes: string[] = [];
  for (const size of searchOnly ? [] : [...sizes]) {
    const baseline = BASELINE[size];
    if (sizes.includes(baseline)) continue;
    sizes.splice(sizes.indexOf(size), 0, baseline);
    notes.push(
      `${SIZE_TITLES[baseline]} was measured as well: it is the baseline of ${SIZE_TITLES[size]}'s first screen.`,
    );
  }
  if (sizes.includes('real') && !(await isDir(REAL_CORPUS))) {
    sizes.splice(sizes.indexOf('real'), 1);
    notes.push(`the real corpus is absent (${REAL_CORPUS}): skipped.`);
    progress(`real: ${REAL_CORPUS} is absent, skipped`);
  }
  await mkdir(CACHE, { recursive: true });

  const output: string[] = [];
  const tables: Table[] = [];
  try {
    if (skipLighthouse) {
      notes.push('Lighthouse skipped (--skip-lighthouse).');
    } else {
      const lh = await attempt('lighthouse', runLighthouse);
      const columns = lh.ok
        ? lh.value.pages.map((p) => ({ key: p.path, title: p.path }))
        : [{ key: 'all', title: 'all pages' }];
      const rows = lh.ok
        ? lighthouseRows(lh.value)
        : [{ label: 'Lighthouse', budget: 'performance ≥ 98 …', cells: { all: missing(lh.reason) } }];
      const title = `A) Lighthouse ${lighthouseVersion}, mobile preset, performance only: median of ${LIGHTHOUSE_RUNS} runs (the runs in brackets)`;
      output.push(renderTable(title, columns, rows));
      tables.push({ name: 'A)', columns, rows });
      notes.push(
        'Lighthouse: served by scripts/serve.ts, compressed as static hosts do; the SPA fallback host answers unknown addresses with index.html.',
      );
      if (lh.ok) {
        output.push(`sample site built in ${fixed(lh.value.buildMs / 1000, 1)} s; screenshots at 360 px:`);
        output.push(...lh.value.shots.map((s) => `  ${s}`), '');
      }
    }

    let stackFloor: Maybe<number> = notRun('not measured');
    if (sizes.length > 0 && !searchOnly) {
      progress('building the stack floor (scripts/stack-floor)');
      stackFloor = await attempt('stack floor', measureStackFloor);
      notes.push(
        '3. initial JS: "the chosen stack alone" is an app that does nothing but hydrate through react-dom, react-router, i18next and TanStack Query (scripts/stack-floor); our code is budgeted on top of it. See docs/decisions/initial-javascript.md.',
      );
    }
    let deepQuote: Maybe<TimedStage> = notRun('not measured');
    if (sizes.length > 0 && !searchOnly) {
      progress('content stage on a quote nested deep (fresh process)');
      deepQuote = await attempt('deep quote', timeDeepQuote);
    }
    const results: SizeFigures[] = [];
    for (const size of sizes) {
      progress(`=== ${SIZE_TITLES[size]} ===`);
      results.push(await measureSize(size, searchOnly));
    }
    if (results.length > 0) {
      const columns = results.map((r) => ({ key: r.size, title: SIZE_TITLES[r.size] }));
      const rows = searchOnly ? searchRows(results) : sizeRows(results, stackFloor, deepQuote);
      output.push(renderTable('B) Archive sizes', columns, rows));
      tables.push({ name: 'B)', columns, rows });
      notes.push(...warmSearchMisses(results));
      const problems = results.flatMap((r) => (r.site.ok ? r.site.value.problems : []));
      if (problems.length > 0) {
        const counts = new Map<string, number>();
        for (const p of problems) counts.set(p, (counts.get(p) ?? 0) + 1);
        const lines = [...counts].map(([p, n]) => `  ${p}${n > 1 ? ` (×${n})` : ''}`);
        output.push('Page errors seen while measuring:', ...lines.slice(0, 20), '');
      }
    }
    if (!searchOnly) {
      const readState = await measureReadState();
      output.push(renderTable(READ_STATE_TITLE, readState.columns, readState.rows));
      tables.push(readState);
    }
  } finally {
    await closeSharedBrowser();
    killAll();
  }

  const { failed, missingFigures } = verdicts(tables);
  output.push('Budgets not met:');
  output.push(...(failed.length > 0 ? failed.map((f) => `  ✗ ${f}`) : ['  none']));
  if (missingFigures.length > 0) {
    output.push('', 'Budgeted figures not measured:', ...missingFigures.map((m) => `  - ${m}`));
  }
  notes.push(`load average ${loadAverage()} (1/5/15 min) at the end: other work on this machine skews timings.`);
  output.push('', 'Notes:', ...notes.map((n) => `  ${n}`));
  process.stdout.write(`\n${output.join('\n')}\n`);
}

function onSignal(signal: NodeJS.Signals): void {
  progress(`${signal}: stopping`);
  killAll();
  void Promise.race([closeSharedBrowser(), sleep(3_000)]).finally(() => process.exit(130));
}

const args = process.argv.slice(2);
if (args[0] === '--child') {
  await runChild(args[1] ?? '', args[2] ?? '');
} else {
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    await main(args);
  } catch (error) {
    console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exitCode = 1;
  }
  // Lighthouse and React can leave idle handles; every figure is printed by now.
  process.exit();
}
