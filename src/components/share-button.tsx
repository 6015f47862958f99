import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ShareIcon } from './icons.tsx';

/** An app path (`/papers/2601.20614?lang=en`) as an absolute URL under the site's base. */
export function absoluteUrl(path: string): string {
  return new URL(`${import.meta.env.BASE_URL}${path.replace(/^\//, '')}`, window.location.origin).href;
}

type Outcome = 'idle' | 'copied' | 'failed';

/**
 * Shares a deep link: the Web Share API where the browser has it, else the clipboard, with
 * a visible confirmation either way. Everything happens in the click handler.
 */
export function ShareButton({
  path,
  title,
  label,
  className = 'icon-btn',
}: {
  path: string;
  title: string;
  label: string;
  className?: string;
}) {
  const { t } = useTranslation();
  const [outcome, setOutcome] = useState<Outcome>('idle');
  const [failedUrl, setFailedUrl] = useState('');
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(timer.current), []);

  const share = async () => {
    const url = absoluteUrl(path);
    window.clearTimeout(timer.current);
    if ('share' in navigator && (!('canShare' in navigator) || navigator.canShare({ url }))) {
      try {
        await navigator.share({ title, url });
        return;
      } catch (error) {
        if (error instanceof DOMException && error.name === 'AbortError') return;
        // Sharing failed for another reason: fall back to copying.
      }
    }
    let next: Outcome = 'copied';
    try {
      await navigator.clipboard.writeText(url);
    } catch {
      next = 'failed';
      setFailedUrl(url);
    }
    setOutcome(next);
    timer.current = window.setTimeout(() => setOutcome('idle'), next === 'failed' ? 10000 : 2500);
  };

  return (
    <span className="relative inline-flex">
      <button type="button" className={className} aria-label={label} title={label} onClick={() => void share()}>
        <ShareIcon />
        {/* Beside other controls the word shows from the small breakpoint up; phones keep the icon. */}
        {className === 'icon-btn' ? null : <span className="hidden sm:inline">{t('share.action')}</span>}
      </button>
      <span role="status" className="pointer-events-none absolute top-full right-0 z-20 mt-1 whitespace-nowrap">
        {outcome === 'copied' ? (
          <span className="rounded-md bg-stone-900 px-2 py-1 text-xs text-white shadow dark:bg-stone-100 dark:text-stone-900">
            {t('share.copied')}
          </span>
        ) : outcome === 'failed' ? (
          <span className="pointer-events-auto block rounded-md bg-white p-2 text-xs shadow ring-1 ring-stone-200 dark:bg-stone-900 dark:ring-stone-700">
            {t('share.copyManually')}
            <input
              readOnly
              value={failedUrl}
              aria-label={t('share.link')}
              className="mt-1 block w-64 rounded border border-stone-300 px-1 py-0.5 dark:border-stone-700 dark:bg-stone-950"
              onFocus={(e) => e.currentTarget.select()}
            />
          </span>
        ) : null}
      </span>
    </span>
  );
}
