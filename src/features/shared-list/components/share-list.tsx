import { useEffect, useState } from 'react';
import { absoluteUrl } from '../../../components/share-button.tsx';
import { paths } from '../../../config/paths.ts';
import { type Scope, ScopeChoice } from '../../../components/scope-choice.tsx';
import { Popover } from '../../../components/popover.tsx';
import { useResearchStrings } from '../../../hooks/use-research-strings.ts';
import type { Lang } from '../../../schema/digest.ts';
import type { EncodeResult } from '../list-link.ts';

/** The link's format, fetched when the panel first opens. */
const loadListLink = () => import('../list-link.ts');
type ListLink = Awaited<ReturnType<typeof loadListLink>>;

type Outcome =
  | { kind: 'made'; url: string; count: number; copied: boolean }
  | { kind: 'error'; error: Extract<EncodeResult, { ok: false }>['error']; count: number; max: number };

/**
 * "Share list": a link to a page listing these papers for anyone (see list-link.ts), of
 * every bookmark or of those the filter shows (`filtered`, when a filter is on), with an
 * optional title. The link is copied and shown, selectable, with a line saying what was
 * made; a list too big for a link is refused with the limit.
 */
export function ShareList({
  all,
  filtered,
  lang,
  disabled,
}: {
  all: readonly { id: string }[];
  filtered: readonly { id: string }[] | null;
  /** The summary language the link opens in. */
  lang: Lang;
  disabled: boolean;
}) {
  const { t } = useResearchStrings();
  const [open, setOpen] = useState(false);
  const [scope, setScope] = useState<Scope>('filtered');
  const [title, setTitle] = useState('');
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [link, setLink] = useState<ListLink | null>(null);
  useEffect(() => {
    if (open && link === null) void loadListLink().then(setLink);
  }, [open, link]);
  const chosen = filtered !== null && scope === 'filtered' ? filtered : all;

  const make = async () => {
    const { encodeList, MAX_LIST_PAPERS, MAX_LIST_TITLE, MAX_LIST_CHARS } = link ?? (await loadListLink());
    const result = encodeList({ title, ids: chosen.map((b) => b.id) });
    if (!result.ok) {
      const max = { empty: 0, tooManyPapers: MAX_LIST_PAPERS, titleTooLong: MAX_LIST_TITLE, tooLong: MAX_LIST_CHARS }[
        result.error
      ];
      setOutcome({ kind: 'error', error: result.error, count: chosen.length, max });
      return;
    }
    const url = absoluteUrl(paths.sharedList.href({ list: result.text, lang }));
    let copied = true;
    try {
      await navigator.clipboard.writeText(url);
    } catch {
      copied = false;
    }
    setOutcome({ kind: 'made', url, count: chosen.length, copied });
  };

  return (
    <Popover
      label={t('shareList.button')}
      panelLabel={t('shareList.panel')}
      disabled={disabled}
      open={open}
      onOpenChange={setOpen}
    >
      <p className="mb-3 text-xs leading-5 text-stone-500 dark:text-stone-400">{t('shareList.intro')}</p>
      {filtered !== null ? (
        <ScopeChoice
          legend={t('shareList.scope')}
          labels={{
            filtered: t('export.scopeFiltered', { count: filtered.length }),
            all: t('export.scopeAll', { count: all.length }),
          }}
          value={scope}
          onChange={setScope}
        />
      ) : null}
      <label className="block text-xs font-semibold text-stone-500 dark:text-stone-400">
        {t('shareList.title')}
        <input
          type="text"
          value={title}
          maxLength={link?.MAX_LIST_TITLE}
          placeholder={t('shareList.titlePlaceholder')}
          onChange={(event) => setTitle(event.currentTarget.value)}
          className="mt-1 block w-full rounded-lg border border-stone-300 bg-white px-2.5 py-1.5 text-sm font-normal text-stone-900 dark:border-stone-700 dark:bg-stone-950 dark:text-stone-100"
        />
      </label>
      <button type="button" className="btn mt-3" onClick={() => void make()}>
        {t('shareList.make')}
      </button>
      {outcome?.kind === 'made' ? (
        <label className="mt-3 block text-xs font-semibold text-stone-500 dark:text-stone-400">
          {t('shareList.link')}
          <input
            readOnly
            value={outcome.url}
            onFocus={(event) => event.currentTarget.select()}
            className="mt-1 block w-full rounded-lg border border-stone-300 bg-stone-50 px-2.5 py-1.5 font-mono text-xs font-normal text-stone-900 dark:border-stone-700 dark:bg-stone-950 dark:text-stone-100"
          />
        </label>
      ) : null}
      <p role="status" className="mt-2 min-h-5 text-sm font-medium text-emerald-800 dark:text-emerald-300">
        {outcome?.kind === 'made'
          ? outcome.copied
            ? t('shareList.copied', { count: outcome.count, length: outcome.url.length })
            : ''
          : ''}
      </p>
      {outcome?.kind === 'error' || (outcome?.kind === 'made' && !outcome.copied) ? (
        <p role="alert" className="text-sm text-red-700 dark:text-red-300">
          {outcome.kind === 'error'
            ? t(`shareList.error.${outcome.error}`, { count: outcome.count, max: outcome.max })
            : t('shareList.copyFailed')}
        </p>
      ) : null}
    </Popover>
  );
}
