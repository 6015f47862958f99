import { Link } from 'react-router';
import { useResearchStrings } from '../../../hooks/use-research-strings.ts';
import { paperPath } from '../../../config/paths.ts';
import { formatDate } from '../../../lib/format.ts';
import type { Lang } from '../../../schema/digest.ts';
import type { SharedPaper } from '../hooks/use-shared-papers.ts';
import { isArxivId } from '../list-link.ts';
import { summaryLine } from '../summary-line.ts';

const NO_PARAMS = new URLSearchParams();

/**
 * The papers of a shared list, in the sender's order: each with its title linking to its
 * page here, its summary line in `lang`, its date and upvotes (of the newest day it was
 * listed on), and its arXiv link. A paper the archive does not have is listed by its id,
 * with its arXiv link.
 */
export function SharedListPapers({
  papers,
  lang,
  primary,
}: {
  papers: readonly SharedPaper[];
  lang: Lang;
  primary: Lang;
}) {
  const { t } = useResearchStrings();
  return (
    <ol aria-label={t('sharedList.papers')} className="grid gap-3">
      {papers.map((paper) => (
        <li
          key={paper.id}
          className="rounded-xl border border-stone-200 bg-white p-4 shadow-sm dark:border-stone-800 dark:bg-stone-900"
        >
          <SharedPaperItem paper={paper} lang={lang} primary={primary} />
        </li>
      ))}
    </ol>
  );
}

/** The paper's page on arXiv, or null for an id that is not an arXiv id. */
function arxivHref(id: string): string | null {
  return isArxivId(id) ? `https://arxiv.org/abs/${id}` : null;
}

function SharedPaperItem({ paper, lang, primary }: { paper: SharedPaper; lang: Lang; primary: Lang }) {
  const { t, i18n } = useResearchStrings();
  const arxiv = arxivHref(paper.id);
  if (paper.status === 'loading') {
    return (
      <div aria-busy="true" className="space-y-2">
        <p className="font-mono text-xs text-stone-500 dark:text-stone-400">{paper.id}</p>
        <div className="h-5 w-3/4 animate-pulse rounded bg-stone-200 dark:bg-stone-800" />
        <div className="h-4 w-full animate-pulse rounded bg-stone-100 dark:bg-stone-800/60" />
      </div>
    );
  }
  if (paper.status !== 'found') {
    return (
      <div className="space-y-1.5">
        <p className="font-mono text-base font-semibold break-all text-stone-900 dark:text-stone-50">{paper.id}</p>
        <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-stone-600 dark:text-stone-300">
          {paper.status === 'missing' ? t('sharedList.notInArchive') : t('sharedList.loadFailed')}
          {paper.status === 'failed' ? (
            <button type="button" className="underline underline-offset-2" onClick={paper.retry}>
              {i18n.t('status.retry')}
            </button>
          ) : null}
          {arxiv !== null ? (
            <a
              href={arxiv}
              rel="noopener noreferrer"
              target="_blank"
              className="text-indigo-700 underline underline-offset-2 hover:text-indigo-900 dark:text-indigo-300 dark:hover:text-indigo-100"
            >
              {t('sharedList.onArxiv')} ↗
            </a>
          ) : null}
        </p>
      </div>
    );
  }
  const { paper: chunk } = paper;
  const newest = chunk.appearances[0];
  const summary = summaryLine(chunk, lang);
  return (
    <article className="space-y-1.5">
      <h2 className="text-base leading-snug font-semibold text-stone-900 dark:text-stone-50">
        <Link
          to={paperPath(chunk.id, lang, primary, NO_PARAMS)}
          className="underline-offset-2 hover:text-indigo-700 hover:underline dark:hover:text-indigo-300"
        >
          {chunk.title}
        </Link>
      </h2>
      <p className="text-sm leading-6 text-stone-700 dark:text-stone-300">
        {summary !== null && summary.lang !== lang ? (
          // The paper has no summary in the list's language: say which one this is.
          <span className="mr-1.5 rounded bg-stone-100 px-1.5 py-0.5 text-xs font-medium text-stone-600 dark:bg-stone-800 dark:text-stone-300">
            {t(`sharedList.summaryIn.${summary.lang === 'en' ? 'en' : 'ko'}`)}
          </span>
        ) : null}
        <span lang={summary?.lang ?? lang}>{summary?.text ?? t('sharedList.noSummary')}</span>
      </p>
      <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-stone-500 tabular-nums dark:text-stone-400">
        {newest !== undefined ? (
          <>
            <time dateTime={newest.date}>{formatDate(newest.date, i18n.language)}</time>
            <span>{t('sharedList.upvotes', { count: newest.upvotes })}</span>
          </>
        ) : null}
        {arxiv !== null ? (
          <a
            href={arxiv}
            rel="noopener noreferrer"
            target="_blank"
            className="font-mono text-indigo-700 underline-offset-2 hover:underline dark:text-indigo-300"
            aria-label={`${t('sharedList.onArxiv')}: ${chunk.id}`}
          >
            {chunk.id}
          </a>
        ) : (
          <span className="font-mono">{chunk.id}</span>
        )}
      </p>
    </article>
  );
}
