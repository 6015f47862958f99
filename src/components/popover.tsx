import { type ReactNode, useCallback, useId, useRef } from 'react';
import { useDismiss } from '../hooks/use-dismiss.ts';

interface PopoverProps {
  /** The toggle button's text. */
  label: string;
  /** The panel's accessible name. */
  panelLabel: string;
  disabled: boolean;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  children: ReactNode;
}

/**
 * A toggle button and the panel it opens: under the button on wide screens, a sheet at the
 * bottom on phones. Escape or a press outside closes it (`useDismiss`).
 */
export function Popover({ label, panelLabel, disabled, open, onOpenChange, children }: PopoverProps) {
  const panelId = useId();
  const panel = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const close = useCallback(() => onOpenChange(false), [onOpenChange]);
  useDismiss(open, close, panel, toggle);

  return (
    <div className="relative">
      <button
        ref={toggle}
        type="button"
        className="btn"
        aria-expanded={open}
        aria-controls={panelId}
        disabled={disabled}
        onClick={() => onOpenChange(!open)}
      >
        {label}
        <span aria-hidden="true" className="text-xs">
          ▾
        </span>
      </button>
      <div
        ref={panel}
        id={panelId}
        role="region"
        aria-label={panelLabel}
        hidden={!open}
        className="z-30 rounded-xl border border-stone-200 bg-white p-4 text-left shadow-lg max-sm:fixed max-sm:inset-x-3 max-sm:bottom-3 max-sm:max-h-[80vh] max-sm:overflow-y-auto sm:absolute sm:right-0 sm:mt-2 sm:w-[26rem] dark:border-stone-700 dark:bg-stone-900"
      >
        {children}
      </div>
    </div>
  );
}
