import { dataUrl } from '../lib/fetch-json.ts';

/** Six calm two-colour gradients (classes, not inline styles: the CSP allows no inline style). */
const PALETTES = [
  'from-indigo-500 to-purple-500',
  'from-sky-500 to-indigo-500',
  'from-teal-500 to-sky-500',
  'from-amber-500 to-red-500',
  'from-emerald-500 to-lime-500',
  'from-pink-500 to-orange-500',
] as const;

function paletteFor(id: string) {
  let hash = 0;
  for (let i = 0; i < id.length; i++) hash = (hash * 31 + id.charCodeAt(i)) >>> 0;
  return PALETTES[hash % PALETTES.length] ?? PALETTES[0];
}

/**
 * A paper's thumbnail, or a generated cover (gradient, id) when the digest's image was not
 * on disk: never a broken image. The 16:9 box is reserved either way, so nothing shifts.
 */
export function Thumbnail({
  id,
  title,
  src,
  priority = false,
  className = '',
}: {
  id: string;
  title: string;
  src: string | null;
  /** The first image of a page (its largest paint): fetched at once, before layout, instead of lazily. */
  priority?: boolean;
  className?: string;
}) {
  const palette = paletteFor(id);
  return (
    <div className={`relative aspect-video overflow-hidden bg-stone-200 dark:bg-stone-800 ${className}`}>
      {src !== null ? (
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
      ) : (
        <div
          aria-hidden="true"
          className={`flex size-full flex-col justify-between bg-linear-135 p-4 text-white ${palette}`}
        >
          <span className="font-mono text-xs font-medium tracking-wide opacity-80">{id}</span>
          <span className="line-clamp-2 text-lg leading-snug font-semibold opacity-95 [text-wrap:balance]">
            {title}
          </span>
        </div>
      )}
    </div>
  );
}
