import type { ReactNode } from 'react';

/**
 * Words for screen readers that the layout says with symbols (a struck-through MRP, a star). The
 * `visually-hidden` class comes from @emporium/design-tokens/base.css, which every page loads.
 */
export function VisuallyHidden({ children }: { children: ReactNode }) {
  return <span className="visually-hidden">{children}</span>;
}
