import { useResearchStrings } from '../../../hooks/use-research-strings.ts';
import { formatNumber } from '../../../lib/format.ts';
import { useBookmarkFilter } from '../hooks/use-bookmark-filter.ts';

/**
 * Find bookmarks by words of their titles and notes, and by tag: one pressed tag at a time,
 * "All" for none. `shown` of `total` pass the filter.
 */
export function BookmarkFilterBar({
  tags,
  shown,
  total,
}: {
  tags: readonly { tag: string; count: number }[];
  shown: number;
  total: number;
}) {
  const { t, i18n } = useResearchStrings();
  const [filter, setFilter] = useBookmarkFilter();
  const count = (n: number) => formatNumber(n, i18n.language);
  const filtered = filter.tag !== null || filter.text !== '';
  return (
    <div role="search" aria-label={t('filter.label')} className="mb-5 flex flex-col gap-3">
      <div className="flex flex-wrap items-center gap-3">
        <input
          type="search"
          value={filter.text}
          placeholder={t('filter.text')}
          aria-label={t('filter.text')}
          className="min-h-9 w-full max-w-sm rounded-lg border border-stone-300 bg-white px-3 text-sm dark:border-stone-700 dark:bg-stone-900"
          onChange={(event) => setFilter({ text: event.currentTarget.value })}
        />
        {filtered ? (
          <p className="text-sm text-stone-600 tabular-nums dark:text-stone-300">
            {t('filter.shown', { shown: count(shown), total: count(total) })}
          </p>
        ) : null}
      </div>
      {tags.length > 0 ? (
        <div role="group" aria-label={t('filter.tags')} className="flex flex-wrap gap-1.5">
          <button
            type="button"
            className="btn min-h-8 rounded-full px-3 text-xs"
            aria-pressed={filter.tag === null}
            onClick={() => setFilter({ tag: null })}
          >
            {t('filter.allTags')}
          </button>
          {tags.map(({ tag, count: n }) => (
            <button
              key={tag}
              type="button"
              className="btn min-h-8 rounded-full px-3 text-xs"
              aria-pressed={filter.tag?.toLocaleLowerCase() === tag.toLocaleLowerCase()}
              onClick={() => setFilter({ tag })}
            >
              {tag}
              <span className="tabular-nums opacity-70">{count(n)}</span>
            </button>
          ))}
        </div>
      ) : null}
    </div>
  );
}
