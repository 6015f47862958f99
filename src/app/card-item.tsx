/**
 * A card as every grid shows it: the paper card with its share action, the read and the
 * bookmark toggles and the read mark, linking to the paper in the view's language,
 * prefetching it on intent.
 */
import { useQueryClient } from '@tanstack/react-query';
import { memo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { paperFileQueryOptions, paperQueryOptions } from '../api/papers.ts';
import { ShareButton } from '../components/share-button.tsx';
import { BookmarkButton } from '../features/bookmarks/components/bookmark-button.tsx';
import { paperPath } from '../config/paths.ts';
import { PaperCard } from '../features/cards/components/paper-card.tsx';
import { ReadToggle } from '../features/reading/components/read-toggle.tsx';
import { useIsRead } from '../hooks/use-read-state.ts';
import { type ReadingList, readingState } from '../lib/reading-list.ts';
import type { Card, Lang } from '../schema/digest.ts';

export interface CardItemProps {
  card: Card;
  lang: Lang;
  primary: Lang;
  /** The view's URL parameters that links carry along (the view passes them: reading the URL here would re-render every card whenever it changes). */
  params: URLSearchParams;
  /** Marks words in the title and preview (search results). */
  highlight?: (text: string) => ReactNode;
  /** The view's first card (its image is the page's largest paint). */
  priority?: boolean;
  /** The list the card is in and its place there, for the paper page's previous and next. */
  list?: ReadingList;
  index?: number;
  /** 3 under the day headings of a list cut into days. */
  headingLevel?: 2 | 3;
}

export const CardItem = memo(function CardItem({
  card,
  lang,
  primary,
  params,
  highlight,
  priority = false,
  list,
  index = 0,
  headingLevel = 2,
}: CardItemProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const read = useIsRead(card.date, card.rank);
  const prefetch = () => {
    queryClient.setQueryData(paperFileQueryOptions(card.id).queryKey, card.file);
    queryClient.query(paperQueryOptions(card.id)).catch(() => undefined);
  };
  return (
    <PaperCard
      card={card}
      lang={lang}
      href={paperPath(card.id, lang, primary, params)}
      onIntent={prefetch}
      priority={priority}
      headingLevel={headingLevel}
      read={read}
      linkState={list ? readingState(list, index) : undefined}
      {...(highlight ? { highlight } : {})}
      actions={
        <>
          {/* The compact row keeps the read and bookmark toggles: sharing is one tap away on the paper's page. */}
          <span className="contents compact:hidden">
            <ShareButton
              path={paperPath(card.id, lang, primary, params)}
              title={card.title}
              label={t('share.paper', { title: card.title })}
            />
          </span>
          <ReadToggle paper={card} title={card.title} />
          <BookmarkButton card={card} />
        </>
      }
    />
  );
});
