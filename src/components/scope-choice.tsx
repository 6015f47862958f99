import { useId } from 'react';

export type Scope = 'all' | 'filtered';

/**
 * Which papers an action takes: those the filter shows or all of them, as two radio buttons
 * under a legend (the bookmarks page's export and share panels).
 */
export function ScopeChoice({
  legend,
  labels,
  value,
  onChange,
}: {
  legend: string;
  labels: Readonly<Record<Scope, string>>;
  value: Scope;
  onChange: (scope: Scope) => void;
}) {
  const name = useId();
  return (
    <fieldset className="mb-3">
      <legend className="mb-1.5 text-xs font-semibold text-stone-500 dark:text-stone-400">{legend}</legend>
      <div className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
        {(['filtered', 'all'] as const).map((scope) => (
          <label key={scope} className="inline-flex items-center gap-1.5">
            <input type="radio" name={name} checked={value === scope} onChange={() => onChange(scope)} />
            {labels[scope]}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
