import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CheckIcon, UpvoteIcon } from '../../../components/icons.tsx';
import { Thumbnail } from '../../../components/thumbnail.tsx';
import { formatDate, formatNumber } from '../../../lib/format.ts';
import type { ReadingState } from '../../../lib/reading-list.ts';
import type { Card, Lang } from '../../../schema/digest.ts';

export interface PaperCardProps {
  card: Card;
  /**
   * The summary language of the preview. A paper with a preview in Korean and in English
   * carries both, whatever `lang` is: the styles show the one `html[data-summary]` names (see
   * `previewLines`).
   */
  lang: Lang;
  /** Where the title links (the paper page, with the view's language). */
  href: string;
  /** The list the card is in, handed to the paper page it opens. */
  linkState?: ReadingState;
  headingLevel?: 2 | 3;
  /** Share and bookmark buttons, drawn above the card's link. */
  actions?: ReactNode;
  onIntent?: (card: Card) => void;
  /** Draws the title and the preview, e.g. with the words a search matched marked. */
  highlight?: (text: string) => ReactNode;
  /** The page's first card: its image is fetched at once (see Thumbnail). */
  priority?: boolean;
  /** Drawn before the date, in the space both densities keep for it. */
  mark?: ReactNode;
  /**
   * Read by this reader: the card says so in words in the mark's place, with its text toned
   * down. Known only once the app has started; the line it is on is there before.
   */
  read?: boolean;
}

/**
 * One paper in a grid: an `article` whose heading is the link. The link stretches over the
 * whole card, the action buttons sit above it. The same markup is a card with its cover or,
 * in the compact density (the `compact` variant), a row of three columns: rank over
 * upvotes; the title over one line of summary; the actions over the mark and the date (the
 * date only from the sm breakpoint: a phone's row has no room for it).
 */
export function PaperCard({
  card,
  lang,
  href,
  linkState,
  headingLevel = 2,
  actions,
  onIntent,
  highlight = (text) => text,
  priority = false,
  mark,
  read = false,
}: PaperCardProps) {
  const { t, i18n } = useTranslation();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const previews = previewLines(card.preview, lang);
  const intent = onIntent ? () => onIntent(card) : undefined;
  return (
    <article className="group relative flex flex-col overflow-hidden rounded-xl border border-stone-200 bg-white shadow-sm transition hover:-translate-y-0.5 hover:shadow-md has-focus-visible:ring-2 has-focus-visible:ring-indigo-500 compact:grid compact:grid-cols-[2.75rem_minmax(0,1fr)_auto] compact:gap-x-2 compact:gap-y-0.5 compact:rounded-lg compact:py-1.5 compact:pr-1 compact:pl-1.5 compact:shadow-none compact:hover:translate-y-0 dark:border-stone-800 dark:bg-stone-900">
      <Thumbnail id={card.id} src={card.thumb} priority={priority} className="compact:hidden" />
      <div className="flex flex-1 flex-col gap-2 p-4 compact:contents">
        <div className="flex items-center gap-2 text-xs text-stone-500 compact:contents dark:text-stone-400">
          <span className="rounded-md bg-stone-900 px-1.5 py-0.5 font-semibold text-white tabular-nums compact:col-start-1 compact:row-start-1 compact:self-start compact:justify-self-center compact:text-xs dark:bg-stone-100 dark:text-stone-900">
            {t('paper.rank', { rank: card.rank })}
          </span>
          <span className="inline-flex items-center gap-0.5 font-semibold text-orange-700 tabular-nums compact:col-start-1 compact:row-start-2 compact:justify-self-center compact:text-xs dark:text-orange-400">
            <UpvoteIcon />
            <span className="sr-only">{t('paper.upvotes', { count: card.upvotes })}</span>
            <span aria-hidden="true">{formatNumber(card.upvotes, i18n.language)}</span>
          </span>
          <span className="flex flex-1 items-center justify-end gap-2 compact:col-start-3 compact:row-start-2 compact:mr-2 compact:text-xs compact:text-stone-500 compact:dark:text-stone-400">
            {mark}
            {read ? (
              <span className="inline-flex items-center gap-0.5 font-semibold text-emerald-700 dark:text-emerald-400">
                <CheckIcon />
                {t('reading.read')}
              </span>
            ) : null}
            <time suppressHydrationWarning dateTime={card.date} className="tabular-nums compact:max-sm:hidden">
              {formatDate(card.date, i18n.language)}
            </time>
          </span>
        </div>
        <Heading
          className={`text-base leading-snug font-semibold compact:col-start-2 compact:row-start-1 compact:line-clamp-2 compact:self-center compact:text-[0.9375rem] ${read ? 'text-stone-600 dark:text-stone-300' : 'text-stone-900 dark:text-stone-50'}`}
        >
          <Link
            to={href}
            state={linkState}
            className="after:absolute after:inset-0 after:content-[''] focus-visible:outline-none"
            onPointerEnter={intent}
            onFocus={intent}
          >
            {highlight(card.title)}
          </Link>
        </Heading>
        {previews.length > 0 ? (
          previews.map(([previewLang, text]) => (
            <p
              key={previewLang}
              lang={previewLang}
              {...(previews.length > 1 ? { 'data-preview': previewLang } : {})}
              className={`line-clamp-3 text-sm leading-6 compact:col-start-2 compact:row-start-2 compact:line-clamp-1 compact:leading-5 ${read ? 'text-stone-500 dark:text-stone-400' : 'text-stone-600 dark:text-stone-300'}`}
            >
              {highlight(text)}
            </p>
          ))
        ) : (
          <p className="text-sm text-stone-500 italic compact:col-start-2 compact:row-start-2 compact:leading-5 dark:text-stone-400">
            {t('paper.noPreview')}
          </p>
        )}
        {actions ? (
          <div className="relative z-10 mt-auto flex justify-end gap-1 pt-1 compact:col-start-3 compact:row-start-1 compact:mt-0 compact:pt-0">
            {actions}
          </div>
        ) : null}
      </div>
    </article>
  );
}

/**
 * The preview lines a card carries, in `[lang, text]` pairs. A paper with previews in both
 * Korean and English carries both, each marked `data-preview`, and the styles show only the
 * one `html[data-summary]` names: the script in index.html sets it from the reader's stored
 * choice before the first paint, so a prerendered card is in their summary language without
 * the app drawing the page again. Otherwise the one in `lang`, else any there is.
 */
function previewLines(preview: Card['preview'], lang: Lang): [Lang, string][] {
  const both = BOTH.flatMap((each) => {
    const text = preview[each];
    return text === undefined ? [] : [[each, text] as [Lang, string]];
  });
  if (both.length === BOTH.length && BOTH.includes(lang)) return both;
  const shown = preview[lang] !== undefined ? lang : Object.keys(preview)[0];
  const text = shown !== undefined ? preview[shown] : undefined;
  return shown !== undefined && text !== undefined ? [[shown, text]] : [];
}

/** The summary languages `html[data-summary]` chooses between in the styles. */
const BOTH: readonly Lang[] = ['ko', 'en'];
