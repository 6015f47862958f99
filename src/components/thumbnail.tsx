import { dataUrl } from '../lib/fetch-json.ts';

/**
 * Six calm two-colour gradients (classes, not inline styles: the CSP allows no inline style),
 * dark enough for white text at 4.5:1 or more all along them (thumbnail.test.ts measures it).
 */
export const PALETTES = [
  'from-indigo-700 to-purple-800',
  'from-sky-700 to-indigo-700',
  'from-teal-700 to-sky-800',
  'from-amber-700 to-red-800',
  'from-emerald-700 to-teal-800',
  'from-pink-700 to-orange-800',
] as const;

function paletteFor(id: string) {
  let hash = 0;
  for (let i = 0; i < id.length; i++) hash = (hash * 31 + id.charCodeAt(i)) >>> 0;
  return PALETTES[hash % PALETTES.length] ?? PALETTES[0];
}

/**
 * A paper's thumbnail in a 16:9 box reserved before it loads, so nothing shifts; or, when the
 * digest had no image, a slim generated band (a gradient and the paper's id): never a broken
 * image, and never a cover that repeats the title printed beside it.
 */
export function Thumbnail({
  id,
  src,
  priority = false,
  className = '',
}: {
  id: string;
  src: string | null;
  /** The first image of a page (its largest paint): fetched at once, before layout, instead of lazily. */
  priority?: boolean;
  className?: string;
}) {
  if (src === null) {
    return (
      <div
        aria-hidden="true"
        className={`flex h-9 shrink-0 items-center bg-linear-135 px-4 font-mono text-xs font-medium tracking-wide text-white ${paletteFor(id)} ${className}`}
      >
        {id}
      </div>
    );
  }
  return (
    <div className={`relative aspect-video overflow-hidden bg-stone-200 dark:bg-stone-800 ${className}`}>
      <img
        src={dataUrl(src)}
        alt=""
        loading={priority ? 'eager' : 'lazy'}
        fetchPriority={priority ? 'high' : 'auto'}
        decoding="async"
        width={640}
        height={360}
        className="size-full object-cover"
      />
    </div>
  );
}
