import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ExternalIcon, UpvoteIcon } from '../../../components/icons.tsx';
import { Blocks } from '../../../components/rich-text.tsx';
import { languageName, SummaryLanguageSwitch } from '../../../components/summary-language-switch.tsx';
import { Thumbnail } from '../../../components/thumbnail.tsx';
import { paperPath, paths, withParams } from '../../../config/paths.ts';
import { ShareButton } from '../../../components/share-button.tsx';
import { usePrimaryLanguage, useSummaryLanguage } from '../../../hooks/use-summary-language.ts';
import { formatDate } from '../../../lib/format.ts';
import { paperLinks } from '../../../lib/paper-links.ts';
import { pickText } from '../../../lib/summary-language.ts';
import type { PaperChunk } from '../../../schema/digest.ts';

/** A paper: title, upvotes, its days, outside links, then its text in the chosen language. */
export function PaperDetail({ paper, actions }: { paper: PaperChunk; actions?: ReactNode }) {
  const { t, i18n } = useTranslation();
  const [params] = useSearchParams();
  const [lang, chooseLang] = useSummaryLanguage();
  const primary = usePrimaryLanguage();
  const choice = pickText(paper.texts, lang);
  const links = paperLinks(paper.id);
  const latest = paper.appearances[0];
  const langs = Object.keys(paper.texts);

  return (
    <article aria-labelledby="paper-title" className="mx-auto max-w-3xl">
      {/* A picture beside the title when the digest has one; no generated cover repeating it. */}
      <div className={`grid gap-6 sm:items-start ${paper.thumb !== null ? 'sm:grid-cols-[1fr_12rem]' : ''}`}>
        <header className="min-w-0">
          <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-stone-500 dark:text-stone-400">
            <span className="font-mono">{paper.id}</span>
            {latest ? (
              <span className="inline-flex items-center gap-0.5 font-semibold text-orange-700 tabular-nums dark:text-orange-400">
                <UpvoteIcon />
                {t('paper.upvotes', { count: latest.upvotes })}
              </span>
            ) : null}
          </p>
          <h1
            id="paper-title"
            lang="en"
            className="mt-2 text-2xl leading-tight font-bold tracking-tight [text-wrap:balance] sm:text-3xl"
          >
            {paper.title}
          </h1>
          <div className="mt-3 text-sm text-stone-600 dark:text-stone-300">
            <span>{t('paper.listedOn')} </span>
            <ul className="inline">
              {paper.appearances.map((a, i) => (
                <li key={a.date} className="inline">
                  {i > 0 ? ', ' : null}
                  <Link
                    to={withParams(paths.day.href(a.date), params)}
                    className="underline decoration-stone-300 underline-offset-2 hover:decoration-stone-700"
                  >
                    {formatDate(a.date, i18n.language)}
                  </Link>{' '}
                  <span className="text-stone-500 dark:text-stone-400">({t('paper.rank', { rank: a.rank })})</span>
                </li>
              ))}
            </ul>
          </div>
        </header>
        {paper.thumb !== null ? (
          <Thumbnail id={paper.id} src={paper.thumb} className="hidden rounded-lg sm:block" />
        ) : null}
      </div>

      <div className="mt-5 flex flex-wrap items-center gap-2">
        <ExternalLink href={links.huggingFace}>Hugging Face</ExternalLink>
        {links.arxivAbs ? <ExternalLink href={links.arxivAbs}>arXiv</ExternalLink> : null}
        {links.arxivPdf ? <ExternalLink href={links.arxivPdf}>PDF</ExternalLink> : null}
        <span className="ml-auto flex items-center gap-1">
          {actions}
          <ShareButton
            path={paperPath(paper.id, lang, primary, params)}
            title={paper.title}
            label={t('share.paper', { title: paper.title })}
            className="btn"
          />
        </span>
      </div>

      <div className="mt-6 flex flex-wrap items-center gap-3 border-t border-stone-200 pt-6 dark:border-stone-800">
        <SummaryLanguageSwitch langs={langs} />
      </div>

      {choice.missing ? (
        <div
          role="note"
          className="mt-6 rounded-xl border border-amber-300 bg-amber-50 p-5 text-amber-950 dark:border-amber-800 dark:bg-amber-950/40 dark:text-amber-100"
        >
          <p>{t('summary.missing', { lang: languageName(lang) })}</p>
          <div className="mt-3 flex flex-wrap gap-2">
            {choice.others.map((other) => (
              <button key={other} type="button" className="btn" onClick={() => chooseLang(other)}>
                {t('summary.readIn', { lang: languageName(other) })}
              </button>
            ))}
            <ExternalLink href={links.arxivAbs ?? links.huggingFace}>{t('summary.original')}</ExternalLink>
          </div>
        </div>
      ) : (
        <div lang={lang} className="mt-2">
          {choice.text.sections.map((section, i) => (
            <section key={i} className="mt-8" aria-label={section.heading || undefined}>
              {section.heading ? (
                <h2 className="mb-3 text-lg font-semibold text-stone-900 dark:text-stone-50">{section.heading}</h2>
              ) : null}
              <div className="prose-digest">
                <Blocks blocks={section.blocks} />
              </div>
            </section>
          ))}
        </div>
      )}
    </article>
  );
}

function ExternalLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <a href={href} className="btn" target="_blank" rel="noopener noreferrer">
      {children}
      <ExternalIcon />
    </a>
  );
}
