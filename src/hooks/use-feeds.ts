import { useQuery } from '@tanstack/react-query';
import { rootQueryOptions } from '../api/root.ts';
import { feedFile } from '../config/paths.ts';
import type { Lang } from '../schema/digest.ts';

/**
 * The Atom feed of each summary language of the archive, as site-relative files. None when
 * the site's address is unknown (`SITE_URL`): the build then writes no feeds (every URL in
 * a feed is absolute).
 */
export function useFeeds(): { lang: Lang; file: string }[] {
  const langs = useQuery(rootQueryOptions()).data?.langs ?? [];
  const [primary] = langs;
  if (import.meta.env.SITE_URL === '' || primary === undefined) return [];
  return langs.map((lang) => ({ lang, file: feedFile(lang, primary) }));
}
