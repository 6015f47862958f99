import { type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import { useResearchStrings } from '../../../hooks/use-research-strings.ts';
import { parseTagInput, setNote, setTags } from '../bookmark-notes.ts';
import { type Bookmark, MAX_NOTE_LENGTH, MAX_TAG_LENGTH } from '../bookmarks.ts';
import { useBookmarksStore } from '../bookmarks-context.tsx';

/** How long typing pauses before the note is written to storage (every store write rewrites all bookmarks). */
const NOTE_SAVE_MS = 300;

/**
 * A bookmark's note and tags, under its card. Saved as typed: the note once typing pauses,
 * and at once when the field loses focus or the page is hidden, so nothing typed is lost;
 * a tag when it is added or removed. `suggestions` are the tags the reader already uses.
 */
export function BookmarkNotesEditor({
  bookmark,
  suggestions,
}: {
  bookmark: Pick<Bookmark, 'id' | 'title' | 'note' | 'tags'>;
  suggestions: readonly string[];
}) {
  const { t } = useResearchStrings();
  const store = useBookmarksStore();
  const listId = useId();
  const tags = bookmark.tags ?? [];
  const [draftTag, setDraftTag] = useState('');
  const note = useNoteDraft(bookmark.id, bookmark.note ?? '', (text) =>
    store.edit((data, at) => setNote(data, bookmark.id, text, at)),
  );

  const saveTags = (next: readonly string[]) => store.edit((data, at) => setTags(data, bookmark.id, next, at));
  const addTags = (text: string) => {
    const added = parseTagInput(text);
    if (added.length > 0) saveTags([...tags, ...added]);
    setDraftTag('');
  };
  const onTagKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter' || event.key === ',') {
      event.preventDefault();
      addTags(draftTag);
    } else if (event.key === 'Backspace' && draftTag === '' && tags.length > 0) {
      saveTags(tags.slice(0, -1));
    }
  };

  return (
    <div className="flex flex-col gap-2 rounded-b-xl border border-t-0 border-stone-200 bg-white px-4 pt-2 pb-3 shadow-sm dark:border-stone-800 dark:bg-stone-900">
      <ul className="flex flex-wrap items-center gap-1.5" aria-label={t('notes.tags', { title: bookmark.title })}>
        {tags.map((tag) => (
          <li
            key={tag}
            className="inline-flex items-center rounded-full bg-indigo-50 pl-2.5 text-xs font-medium text-indigo-800 dark:bg-indigo-950 dark:text-indigo-200"
          >
            {tag}
            <button
              type="button"
              className="ml-0.5 inline-flex size-6 items-center justify-center rounded-full hover:bg-indigo-100 dark:hover:bg-indigo-900"
              aria-label={t('notes.removeTag', { tag })}
              onClick={() => saveTags(tags.filter((each) => each !== tag))}
            >
              <span aria-hidden="true">×</span>
            </button>
          </li>
        ))}
        <li className="min-w-24 flex-1">
          <input
            type="text"
            list={listId}
            value={draftTag}
            maxLength={MAX_TAG_LENGTH * 2}
            placeholder={t('notes.tagPlaceholder')}
            aria-label={t('notes.addTag', { title: bookmark.title })}
            className="w-full rounded-md border border-transparent bg-transparent px-1.5 py-1 text-xs placeholder:text-stone-400 hover:border-stone-300 focus:border-stone-300 dark:placeholder:text-stone-500 dark:hover:border-stone-700 dark:focus:border-stone-700"
            onChange={(event) => {
              const text = event.currentTarget.value;
              // A suggestion picked from the list arrives whole: add it at once.
              if (suggestions.includes(text) && !tags.includes(text)) addTags(text);
              else setDraftTag(text);
            }}
            onKeyDown={onTagKey}
            onBlur={() => addTags(draftTag)}
          />
          <datalist id={listId}>
            {suggestions
              .filter((tag) => !tags.includes(tag))
              .map((tag) => (
                <option key={tag} value={tag} />
              ))}
          </datalist>
        </li>
      </ul>
      <textarea
        value={note.text}
        rows={note.text === '' ? 1 : Math.min(8, note.text.split('\n').length + 1)}
        maxLength={MAX_NOTE_LENGTH}
        placeholder={t('notes.notePlaceholder')}
        aria-label={t('notes.note', { title: bookmark.title })}
        className="w-full resize-y rounded-md border border-stone-200 bg-stone-50 px-2 py-1.5 text-sm leading-6 whitespace-pre-wrap text-stone-800 placeholder:text-stone-400 focus:bg-white dark:border-stone-800 dark:bg-stone-950 dark:text-stone-200 dark:placeholder:text-stone-500 dark:focus:bg-stone-900"
        onChange={(event) => note.change(event.currentTarget.value)}
        onBlur={note.flush}
      />
    </div>
  );
}

/**
 * The note as typed here, written with `save` once typing pauses, on `flush`, when the page
 * is hidden and when the editor goes away. While nothing is pending, a note changed elsewhere
 * (another tab) shows at once.
 */
function useNoteDraft(id: string, stored: string, save: (text: string) => void) {
  const [draft, setDraft] = useState<string | null>(null);
  const pending = useRef<string | null>(null);
  const timer = useRef<number | undefined>(undefined);
  const saveRef = useRef(save);
  useEffect(() => {
    saveRef.current = save;
  });

  const flush = () => {
    window.clearTimeout(timer.current);
    const text = pending.current;
    pending.current = null;
    if (text !== null) saveRef.current(text);
    setDraft(null);
  };
  const flushRef = useRef(flush);
  useEffect(() => {
    flushRef.current = flush;
  });

  useEffect(() => {
    const onHide = () => flushRef.current();
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onHide);
      window.clearTimeout(timer.current);
      const text = pending.current;
      pending.current = null;
      if (text !== null) saveRef.current(text);
    };
  }, [id]);

  const change = (text: string) => {
    setDraft(text);
    pending.current = text;
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => {
      const latest = pending.current;
      pending.current = null;
      if (latest !== null) saveRef.current(latest);
    }, NOTE_SAVE_MS);
  };

  return { text: draft ?? stored, change, flush };
}
