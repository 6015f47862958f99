import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createSearchParams, useNavigate } from 'react-router';
import { SearchIcon } from '../../../components/icons.tsx';
import { paths } from '../../../config/paths.ts';
import { HEADER_SEARCH_ID } from '../../../lib/search-box.ts';
import { readRecentSearches } from '../recent-searches.ts';

/**
 * The header's search box, on wide screens and every page but the search page (which has its
 * own). Enter opens the search page with the query. It holds no search code: the page's
 * chunk and the index's manifest start loading when the box is first focused, and the recent
 * queries (read when focused: this browser's only) are offered as suggestions.
 */
export function HeaderSearch({ className = '' }: { className?: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [text, setText] = useState('');
  const [recent, setRecent] = useState<string[]>([]);
  const onFocus = () => {
    setRecent(readRecentSearches());
    void import('../api/search.ts');
  };
  return (
    <form
      role="search"
      className={`relative ${className}`}
      onSubmit={(event) => {
        event.preventDefault();
        const query = text.trim();
        setText('');
        void navigate({
          pathname: paths.search.href(),
          search: query === '' ? '' : `?${createSearchParams({ q: query }).toString()}`,
        });
      }}
    >
      <label htmlFor={HEADER_SEARCH_ID} className="sr-only">
        {t('search.label')}
      </label>
      <span className="pointer-events-none absolute inset-y-0 left-2.5 flex items-center text-stone-400">
        <SearchIcon />
      </span>
      <input
        id={HEADER_SEARCH_ID}
        type="search"
        name="q"
        value={text}
        onChange={(event) => setText(event.target.value)}
        onFocus={onFocus}
        placeholder={t('search.headerPlaceholder')}
        autoComplete="off"
        enterKeyHint="search"
        spellCheck={false}
        list={recent.length > 0 ? `${HEADER_SEARCH_ID}-recent` : undefined}
        className="w-44 rounded-md border border-stone-300 bg-white py-1.5 pr-2 pl-8 text-sm outline-none placeholder:text-stone-400 focus:w-64 focus:border-indigo-500 focus:ring-2 focus:ring-indigo-500/30 motion-safe:transition-[width] dark:border-stone-700 dark:bg-stone-900 dark:placeholder:text-stone-500"
      />
      {recent.length > 0 ? (
        <datalist id={`${HEADER_SEARCH_ID}-recent`}>
          {recent.map((query) => (
            <option key={query} value={query} />
          ))}
        </datalist>
      ) : null}
    </form>
  );
}
