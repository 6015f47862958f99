import { useEffect, useState } from 'react';
import { type Scope, ScopeChoice } from '../../../components/scope-choice.tsx';
import { Popover } from '../../../components/popover.tsx';
import { type ResearchKey, useResearchStrings } from '../../../hooks/use-research-strings.ts';
import { exportReadState } from '../../../lib/read-state.ts';
import { useReadStateStore } from '../../../lib/read-state-context.tsx';
import type { Lang } from '../../../schema/digest.ts';
import type { Bookmark } from '../bookmarks.ts';
import { useBookmarksStore } from '../bookmarks-context.tsx';
import { downloadFile } from '../download-file.ts';
import type { ExportFormat, MadeExport } from '../exports/make-export.ts';

const FORMATS: readonly ExportFormat[] = ['bibtex', 'ids', 'markdown', 'csl', 'backup'];

/** The formats' code, fetched when the menu first opens. */
const loadExports = () => import('../exports/make-export.ts');

type Outcome = { kind: 'copied' | 'downloaded'; format: ExportFormat; made: MadeExport } | { kind: 'copyFailed' };

/**
 * "Export": BibTeX, arXiv ids, Markdown, CSL-JSON or the JSON backup, of every bookmark or of
 * those the filter shows (`filtered`, when a filter is on), copied or downloaded, with a line
 * saying what was made. The backup always holds everything, read marks included.
 */
export function BookmarkExportMenu({
  all,
  filtered,
  lang,
  disabled,
}: {
  all: readonly Bookmark[];
  filtered: readonly Bookmark[] | null;
  /** The summary language of the Markdown's summary lines. */
  lang: Lang;
  disabled: boolean;
}) {
  const { t, i18n } = useResearchStrings();
  const store = useBookmarksStore();
  const readStore = useReadStateStore();
  const [open, setOpen] = useState(false);
  const [scope, setScope] = useState<Scope>('filtered');
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  useEffect(() => {
    if (open) void loadExports();
  }, [open]);

  const chosen = filtered !== null && scope === 'filtered' ? filtered : all;

  const run = async (format: ExportFormat, action: 'copy' | 'download') => {
    const { makeExport } = await loadExports();
    const made = makeExport({
      format,
      bookmarks: chosen,
      data: store.getData(),
      read: exportReadState(readStore.getData()),
      lang,
      labels: {
        heading: t('export.markdown.heading'),
        date: t('export.markdown.date'),
        upvotes: (count) => t('export.markdown.upvotes', { count }),
        tags: t('export.markdown.tags'),
        note: t('export.markdown.note'),
      },
      now: new Date(),
    });
    if (action === 'download') {
      downloadFile(made.text, made.fileName, made.type);
      setOutcome({ kind: 'downloaded', format, made });
      return;
    }
    try {
      await navigator.clipboard.writeText(made.text);
      setOutcome({ kind: 'copied', format, made });
    } catch {
      setOutcome({ kind: 'copyFailed' });
    }
  };

  const formatName = (format: ExportFormat) => t(`export.format.${format}` as ResearchKey);
  const status =
    outcome === null
      ? ''
      : outcome.kind === 'copyFailed'
        ? t('export.copyFailed')
        : [
            t(outcome.kind === 'copied' ? 'export.copied' : 'export.downloaded', {
              format: formatName(outcome.format),
              count: outcome.made.count,
              file: outcome.made.fileName,
            }),
            outcome.made.skipped > 0 ? t('export.skipped', { count: outcome.made.skipped }) : '',
          ]
            .filter(Boolean)
            .join(' ');

  return (
    <Popover
      label={t('export.button')}
      panelLabel={t('export.menu')}
      disabled={disabled}
      open={open}
      onOpenChange={setOpen}
    >
      {filtered !== null ? (
        <ScopeChoice
          legend={t('export.scope')}
          labels={{
            filtered: t('export.scopeFiltered', { count: filtered.length }),
            all: t('export.scopeAll', { count: all.length }),
          }}
          value={scope}
          onChange={setScope}
        />
      ) : null}
      <ul className="divide-y divide-stone-200 dark:divide-stone-800">
        {FORMATS.map((format) => (
          <li key={format} className="flex flex-wrap items-center gap-x-3 gap-y-1 py-2.5">
            <div className="min-w-0 flex-1 basis-48">
              <p className="text-sm font-semibold">{formatName(format)}</p>
              <p className="text-xs leading-5 text-stone-500 dark:text-stone-400">
                {t(`export.hint.${format}` as ResearchKey)}
              </p>
            </div>
            <div className="flex gap-1.5">
              <button
                type="button"
                className="btn min-h-8 px-2.5 text-xs"
                aria-label={t('export.copyLabel', { format: formatName(format) })}
                onClick={() => void run(format, 'copy')}
              >
                {t('export.copy')}
              </button>
              <button
                type="button"
                className="btn min-h-8 px-2.5 text-xs"
                aria-label={t('export.downloadLabel', { format: formatName(format) })}
                onClick={() => void run(format, 'download')}
              >
                {t('export.download')}
              </button>
            </div>
          </li>
        ))}
      </ul>
      <p
        role="status"
        lang={i18n.language}
        className="mt-2 min-h-5 text-sm font-medium text-emerald-800 dark:text-emerald-300"
      >
        {status}
      </p>
    </Popover>
  );
}
