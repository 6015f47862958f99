/**
 * A card as every grid shows it: the paper card with its share action (and the bookmark
 * toggle), linking to the paper in the view's language, prefetching it on intent.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { paperFileQueryOptions, paperQueryOptions } from '../api/papers.ts';
import { ShareButton } from '../components/share-button.tsx';
import { BookmarkButton } from '../features/bookmarks/components/bookmark-button.tsx';
import { paperPath } from '../config/paths.ts';
import { PaperCard } from '../features/cards/components/paper-card.tsx';
import type { Card, Lang } from '../schema/digest.ts';

export function CardItem({ card, lang, primary }: { card: Card; lang: Lang; primary: Lang }) {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const queryClient = useQueryClient();
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
      actions={
        <>
          <ShareButton
            path={paperPath(card.id, lang, primary, params)}
            title={card.title}
            label={t('share.paper', { title: card.title })}
          />
          <BookmarkButton card={card} />
        </>
      }
    />
  );
}
