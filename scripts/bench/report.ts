/**
 * The rows of both tables: each figure's label and budget, and how its cells are read from
 * the measurements.
 */
import type { SizeFigures } from './archive-size.ts';
import { DEEP_QUOTE, type TimedStage } from './builds.ts';
import { MANY_BOOKMARKS } from '../../tests/support/bookmark-export.ts';
import type { HomeFigures } from './browser-figures.ts';
import type { LighthouseFigures, LighthouseRun } from './lighthouse.ts';
import { field, type Maybe, notRun, sub } from './maybe.ts';
import { fixed, kb, median } from './numbers.ts';
import { BASELINE, SIZE_TITLES, type Size, SORT_BUTTON } from './settings.ts';
import { type Cell, figure, missing, type Row, textCell, timed } from './table.ts';

/**
 * What our code may add to the first page's JavaScript on top of what the chosen stack
 * (react-dom, react-router, i18next, TanStack Query) weighs alone: features beyond it load
 * their code when first used. See docs/decisions/initial-javascript.md.
 */
const OURS_OVER_STACK_KB = 25;

/**
 * Keystroke → first search result card, warm: an archive of 30 papers a day has six times the
 * postings per word to rank and may take twice as long.
 */
const WARM_BUDGET_MS: Record<Size, number> = { week: 50, top5: 50, real: 50, week30: 100, top30: 100 };

/**
 * Why the warm search missed its budget, where it did: how much of the median went on
 * waiting for the first card's data (fetched after the keystroke), how much on the page.
 */
export function warmSearchMisses(all: readonly SizeFigures[]): string[] {
  const lines: string[] = [];
  for (const f of all) {
    const runs = sub(
      sub(f.site, (s) => s.search),
      (s) => s.warm,
    );
    if (!runs.ok) continue;
    const ms = median(runs.value.map((r) => r.ms));
    if (ms <= WARM_BUDGET_MS[f.size]) continue;
    const waits = runs.value.map((r) => r.dataMs).filter((v): v is number => v !== null);
    const waited =
      waits.length === 0
        ? 'no run waited on data fetched after the keystroke, so all of it went on the page (ranking, React, layout)'
        : `${waits.length} of ${runs.value.length} runs waited on data fetched after the keystroke (the first card's doc shard or paper chunk: a new query's cards are not cached), until ${fixed(median(waits), 0)} ms (median); the rest is the page drawing it`;
    lines.push(
      `search warm, ${SIZE_TITLES[f.size]}: ${fixed(ms, 0)} ms against ${WARM_BUDGET_MS[f.size]} ms; ${waited}.`,
    );
  }
  return lines;
}

/** 60,000, as the rows print it. */
const MANY = MANY_BOOKMARKS.toLocaleString('en');

/** What the first screen transfers besides code (JS and CSS). */
function homeData(h: HomeFigures): number {
  return h.byKind.html + h.byKind.data + h.byKind.other;
}

export function lighthouseRows(figures: LighthouseFigures): Row[] {
  const metric = (
    label: string,
    budget: string,
    pickValue: (run: LighthouseRun) => number | null,
    show: (value: number) => string,
    limit?: (value: number) => boolean,
  ): Row => {
    const cells: Record<string, Cell> = {};
    for (const page of figures.pages) {
      const values = page.runs.map(pickValue).filter((v): v is number => v !== null);
      if (values.length === 0) {
        cells[page.path] = missing(page.error ?? 'no run finished');
        continue;
      }
      const value = median(values);
      const text = `${show(value)} (${values.map(show).join(' ')})`;
      cells[page.path] = limit ? { text, pass: limit(value) } : { text };
    }
    return { label, budget, cells };
  };
  return [
    metric(
      'performance score',
      '≥ 98',
      (r) => r.score,
      (v) => fixed(v, 0),
      (v) => v >= 98,
    ),
    metric(
      'LCP, s',
      '≤ 1.5 s',
      (r) => (r.lcp === null ? null : r.lcp / 1000),
      (v) => fixed(v, 2),
      (v) => v <= 1.5,
    ),
    metric(
      'CLS',
      '≤ 0.01',
      (r) => r.cls,
      (v) => fixed(v, 3),
      (v) => v <= 0.01,
    ),
    metric(
      'TBT, ms',
      '≤ 50 ms',
      (r) => r.tbt,
      (v) => fixed(v, 0),
      (v) => v <= 50,
    ),
    metric(
      'FCP, s',
      '—',
      (r) => (r.fcp === null ? null : r.fcp / 1000),
      (v) => fixed(v, 2),
    ),
  ];
}

export function sizeRows(all: readonly SizeFigures[], stackFloor: Maybe<number>, deepQuote: Maybe<TimedStage>): Row[] {
  const homeOf = (size: Size): Maybe<HomeFigures> => {
    const figures = all.find((f) => f.size === size);
    return figures ? sub(figures.site, (s) => s.home) : notRun(`n/a: ${SIZE_TITLES[size]} was not measured`);
  };
  const row = (label: string, budget: string, make: (f: SizeFigures) => Cell): Row => ({
    label,
    budget,
    cells: Object.fromEntries(all.map((f) => [f.size, make(f)])),
  });
  const home = (f: SizeFigures) => sub(f.site, (s) => s.home);
  const paper = (f: SizeFigures) => sub(f.site, (s) => s.paper);
  const sort = (f: SizeFigures) => sub(f.site, (s) => s.sort);
  const bookmarks = (f: SizeFigures) => sub(f.site, (s) => s.bookmarks);
  const returning = (f: SizeFigures) => sub(f.site, (s) => s.returning);
  const onlyAt = (size: Size, f: SizeFigures, limit: (v: number) => boolean) => (f.size === size ? limit : undefined);

  return [
    row('archive: files / MB / days', '—', (f) =>
      textCell(f.archive, (a) => `${a.files} / ${fixed(a.mb, 1)} / ${a.days}`),
    ),
    row('1. home first screen, all responses, raw KB', '—', (f) => figure(home(f), (h) => kb(h.raw), 1)),
    row('1. home first screen, all responses, gzip KB', '—', (f) => figure(home(f), (h) => kb(h.gzip), 1)),
    // Data, as in 2.: the page and what it loads (HTML, data/*.json, images); code has its own budget (3.).
    row('1. home first screen data: HTML + data + images, gzip KB', '≤ 60 KB', (f) =>
      figure(
        home(f),
        (h) => kb(homeData(h)),
        1,
        (v) => v <= 60,
      ),
    ),
    row('1. home first screen data / a week’s, as many papers a day', '≤ 1.10×', (f) => {
      if (BASELINE[f.size] === f.size) return { text: '1.00 (baseline)' };
      const baseline = homeOf(BASELINE[f.size]);
      if (!baseline.ok) return missing(`n/a: the baseline failed (${baseline.reason})`);
      return figure(
        home(f),
        (h) => homeData(h) / homeData(baseline.value),
        2,
        (v) => v <= 1.1,
      );
    }),
    row('   / 1 week’s (Top-5)', '—', (f) => {
      const week = homeOf('week');
      if (BASELINE[f.size] === 'week') return { text: 'as above' };
      if (!week.ok) return missing(week.reason);
      return figure(home(f), (h) => homeData(h) / homeData(week.value), 2);
    }),
    row('   gzip KB by type: html/js/css/data/other', '—', (f) =>
      textCell(home(f), (h) =>
        (['html', 'js', 'css', 'data', 'other'] as const).map((k) => fixed(kb(h.byKind[k]), 1)).join('/'),
      ),
    ),
    row('2. paper deep link: HTML + data/*.json, gzip KB', '≤ 30 KB', (f) =>
      figure(
        paper(f),
        (p) => kb(p.dataGzip),
        1,
        (v) => v <= 30,
      ),
    ),
    row('2. paper deep link: code (JS + CSS), gzip KB', '—', (f) => figure(paper(f), (p) => kb(p.codeGzip), 1)),
    row('   paper opened', '—', (f) => textCell(paper(f), (p) => p.id)),
    row('3. initial JS (home), gzip KB', '—', (f) => figure(home(f), (h) => kb(h.jsGzip), 1)),
    row('   the chosen stack alone (scripts/stack-floor), gzip KB', '—', () => figure(stackFloor, (v) => v, 1)),
    row(`3. initial JS over the stack alone, gzip KB`, `≤ ${OURS_OVER_STACK_KB} KB`, (f) =>
      stackFloor.ok
        ? figure(
            home(f),
            (h) => kb(h.jsGzip) - stackFloor.value,
            1,
            (v) => v <= OURS_OVER_STACK_KB,
          )
        : missing(`the stack alone was not measured: ${stackFloor.reason}`),
    ),
    row(`4. /archive “${SORT_BUTTON}”: click → first card, ms`, '≤ 100 ms', (f) =>
      timed(
        sort(f),
        (r) => r.ms,
        (v) => v <= 100,
      ),
    ),
    row('   (click → that card in the DOM, ms)', '—', (f) => timed(sort(f), (r) => r.domMs)),
    row('4. /archive: fetched after the click, gzip KB', '≤ 60 KB', (f) =>
      figure(
        sort(f),
        (runs) => (runs[0] ? kb(runs[0].afterGzip) : null),
        1,
        (v) => v <= 60,
      ),
    ),
    ...searchRows(all),
    row('6. content stage cold (buildSiteData), process, s', '—', (f) => figure(f.content, (c) => c.wholeMs / 1000, 2)),
    row('6. bare remark-parse, process, s', '—', (f) => figure(f.parse, (c) => c.wholeMs / 1000, 2)),
    row('6. content stage / bare parse', '≤ 1.00×', (f) => {
      if (!f.parse.ok) return missing(f.parse.reason);
      const parse = f.parse.value.wholeMs;
      return figure(
        f.content,
        (c) => c.wholeMs / parse,
        2,
        (v) => v <= 1,
      );
    }),
    row('   in-process only: content / parse, s', '—', (f) =>
      f.content.ok && f.parse.ok
        ? { text: `${fixed(f.content.value.innerMs / 1000, 2)} / ${fixed(f.parse.value.innerMs / 1000, 2)}` }
        : missing(f.content.ok ? (f.parse as { reason: string }).reason : f.content.reason),
    ),
    row(`6. content stage, a quote nested ${DEEP_QUOTE} deep: in-process / process, s`, '≤ 1 s in-process', () =>
      deepQuote.ok
        ? {
            text: `${fixed(deepQuote.value.innerMs / 1000, 2)} / ${fixed(deepQuote.value.wholeMs / 1000, 2)}`,
            pass: deepQuote.value.innerMs <= 1000,
          }
        : missing(deepQuote.reason),
    ),
    row('7. full production build, process, s', '≤ 60 s (top5)', (f) =>
      figure(
        f.build,
        (b) => b.ms / 1000,
        1,
        onlyAt('top5', f, (v) => v <= 60),
      ),
    ),
    row('8. content stage on the copy, before the new day, s', '—', (f) =>
      figure(f.primed, (c) => c.wholeMs / 1000, 2),
    ),
    row('8. content stage after adding one day, s', '≤ 2 s (top5)', (f) =>
      figure(
        f.plusOne,
        (c) => c.wholeMs / 1000,
        2,
        onlyAt('top5', f, (v) => v <= 2),
      ),
    ),
    row('   after one day / cold', '—', (f) => {
      if (!f.content.ok) return missing(f.content.reason);
      const cold = f.content.value.wholeMs;
      return figure(f.plusOne, (c) => c.wholeMs / cold, 2);
    }),
    row(`9. bookmarks: import ${MANY} (file → list painted), s`, '≤ 5 s: finishes or refuses', (f) =>
      timed(
        bookmarks(f),
        (r) => r.importMs / 1000,
        (v) => v <= 5,
        1,
      ),
    ),
    row('   (import refused / stored after it)', '—', (f) =>
      textCell(bookmarks(f), (runs) => `${runs.some((r) => r.refused) ? 'refused' : 'no'} / ${runs[0]?.saved ?? '?'}`),
    ),
    row(`9. bookmarks: open /bookmarks at ${MANY} (→ first card painted), s`, '≤ 5 s', (f) =>
      timed(
        bookmarks(f),
        (r) => r.openMs / 1000,
        (v) => v <= 5,
        1,
      ),
    ),
    row('10. day heading visible, new reader, ms', '—', (f) =>
      timed(
        field(returning(f), (r) => r.fresh),
        (v) => v,
      ),
    ),
    row('10. … returning reader with English menus, ms', '—', (f) =>
      timed(
        field(returning(f), (r) => r.returning),
        (v) => v,
      ),
    ),
    row('10. returning / new reader (medians)', '≤ 1.50×', (f) =>
      figure(
        returning(f),
        (r) => median(r.returning) / median(r.fresh),
        2,
        (v) => v <= 1.5,
      ),
    ),
  ];
}

/** The search's rows (5.), with the archive's; all that `--only search` measures. */
export function searchRows(all: readonly SizeFigures[]): Row[] {
  const row = (label: string, budget: string, make: (f: SizeFigures) => Cell): Row => ({
    label,
    budget,
    cells: Object.fromEntries(all.map((f) => [f.size, make(f)])),
  });
  const search = (f: SizeFigures) => sub(f.site, (s) => s.search);
  const warm = (f: SizeFigures) => sub(search(f), (s) => s.warm);
  return [
    row('5. search cold: data/ fetched, gzip KB', '≤ 300 KB', (f) =>
      figure(
        search(f),
        (s) => kb(s.coldGzip),
        1,
        (v) => v <= 300,
      ),
    ),
    row('   cold query', '—', (f) => textCell(search(f), (s) => s.word)),
    row('5. search warm: keystroke → first card, ms', '≤ 50 ms (Top-5, real); ≤ 100 ms (Top-30)', (f) =>
      timed(
        warm(f),
        (r) => r.ms,
        (v) => v <= WARM_BUDGET_MS[f.size],
      ),
    ),
    row('   (keystroke → result count changed, ms)', '—', (f) => timed(warm(f), (r) => r.statusMs)),
    row('   (keystroke → first card’s new data arrived, ms)', '—', (f) => timed(warm(f), (r) => r.dataMs)),
    row('   query after the keystroke', '—', (f) => textCell(warm(f), (runs) => runs[0]?.query ?? '?')),
  ];
}
