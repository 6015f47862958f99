import { dataUrl } from '../lib/fetch-json.ts';

/** Six calm two-colour gradients; a paper always gets the same one. */
const PALETTES = [
  ['#6366f1', '#a855f7'],
  ['#0ea5e9', '#6366f1'],
  ['#14b8a6', '#0ea5e9'],
  ['#f59e0b', '#ef4444'],
  ['#10b981', '#84cc16'],
  ['#ec4899', '#f97316'],
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
  className = '',
}: {
  id: string;
  title: string;
  src: string | null;
  className?: string;
}) {
  const [from, to] = paletteFor(id);
  return (
    <div className={`relative aspect-video overflow-hidden bg-stone-200 dark:bg-stone-800 ${className}`}>
      {src !== null ? (
        <img
          src={dataUrl(src)}
          alt=""
          loading="lazy"
          decoding="async"
          width={640}
          height={360}
          className="size-full object-cover"
        />
      ) : (
        <div
          aria-hidden="true"
          className="flex size-full flex-col justify-between p-4 text-white"
          style={{ backgroundImage: `linear-gradient(135deg, ${from}, ${to})` }}
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
