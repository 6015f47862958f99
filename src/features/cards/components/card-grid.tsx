import type { ReactNode } from 'react';

/** 1 column at phone width, up to 4 on a wide screen; a list in the compact density. */
export function CardGrid({ children, label }: { children: ReactNode; label?: string }) {
  return (
    <ul aria-label={label} className="card-grid">
      {children}
    </ul>
  );
}

export function CardGridItem({ children }: { children: ReactNode }) {
  return <li className="flex [&>article]:flex-1">{children}</li>;
}
