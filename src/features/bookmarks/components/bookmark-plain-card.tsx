import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { type ResearchT, useResearchStrings } from '../../../hooks/use-research-strings.ts';
import { formatDate } from '../../../lib/format.ts';
import { paperLinks } from '../../../lib/paper-links.ts';
import type { Bookmark } from '../bookmarks.ts';

const savedOnFormats = new Map<string, Intl.DateTimeFormat>();

/** The reader's calendar day of a save time. One formatter per language, kept: making one costs far more than using it. */
function formatSavedOn(savedAt: string, locale: string): string {
  let format = savedOnFormats.get(locale);
  if (format === undefined) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
    savedOnFormats.set(locale, format);
  }
  return format.format(new Date(savedAt));
}

/**
 * A bookmark without a card to show: one saved without a snapshot, or one whose paper is not
 * in the archive (`href` null: it left it, or was imported from elsewhere), which says so
 * and links to the paper on arXiv (or Hugging Face) instead of linking nowhere.
 */
export function BookmarkPlainCard({
  bookmark,
  href,
  actions,
}: {
  bookmark: Bookmark;
  href: string | null;
  actions?: ReactNode;
}) {
  const { tBase: t, t: tResearch, i18n } = useResearchStrings();
  const savedOn = formatSavedOn(bookmark.savedAt, i18n.language);
  return (
    <article className="group relative flex flex-col overflow-hidden rounded-xl border border-stone-200 bg-white shadow-sm focus-within:ring-2 focus-within:ring-indigo-500 dark:border-stone-800 dark:bg-stone-900">
      <div className="flex flex-1 flex-col gap-2 p-4">
        <div className="flex items-center gap-2 text-xs text-stone-500 dark:text-stone-400">
          <span className="font-mono">{bookmark.id}</span>
          {bookmark.date !== null ? (
            <time dateTime={bookmark.date} className="ml-auto tabular-nums">
              {formatDate(bookmark.date, i18n.language)}
            </time>
          ) : null}
        </div>
        <h2 className="text-base leading-snug font-semibold text-stone-900 dark:text-stone-50">
          {href === null ? (
            bookmark.title
          ) : (
            <Link to={href} className="after:absolute after:inset-0 after:content-[''] focus-visible:outline-none">
              {bookmark.title}
            </Link>
          )}
        </h2>
        {href === null ? (
          <p className="rounded-md bg-amber-50 px-2.5 py-1.5 text-sm text-amber-950 dark:bg-amber-950/40 dark:text-amber-100">
            {/* A paper added by its id (an import) was never here: it did not leave. */}
            {bookmark.date === null ? tResearch('sharedList.notInArchive') : t('bookmarks.gone')}{' '}
            <ElsewhereLink id={bookmark.id} label={tResearch} />
          </p>
        ) : null}
        <p className="text-xs text-stone-500 dark:text-stone-400">{t('bookmarks.savedOn', { date: savedOn })}</p>
        {actions ? <div className="relative z-10 mt-auto flex justify-end gap-1 pt-1">{actions}</div> : null}
      </div>
    </article>
  );
}

/** The paper's page on arXiv, or on Hugging Face for an id that is not arXiv's. */
function ElsewhereLink({ id, label }: { id: string; label: ResearchT }) {
  const links = paperLinks(id);
  return (
    <a
      href={links.arxivAbs ?? links.huggingFace}
      target="_blank"
      rel="noopener noreferrer"
      className="relative z-10 font-medium whitespace-nowrap underline underline-offset-2"
    >
      {label(links.arxivAbs !== null ? 'elsewhere.arxiv' : 'elsewhere.huggingFace')}
    </a>
  );
}
