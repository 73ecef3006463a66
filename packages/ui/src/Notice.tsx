import type { ReactNode } from 'react';
import { EmptyState } from './EmptyState.tsx';

/**
 * A page-sized panel that explains why there is nothing to show here and what to do instead (sign in,
 * go elsewhere): the first action is the primary button (`emptyStateStyles.primary`), any further ones
 * quiet links (`emptyStateStyles.secondary`).
 */
export function Notice({
  title,
  heading,
  children,
  actions,
  framed,
  testId,
}: {
  /** The document title while the notice shows. */
  title: string;
  heading: string;
  children: ReactNode;
  actions: ReactNode;
  /** See `EmptyState`. */
  framed?: boolean;
  testId?: string;
}) {
  return (
    <>
      <title>{`${title} · Emporium`}</title>
      <EmptyState heading={heading} level={1} actions={actions} framed={framed} testId={testId}>
        {children}
      </EmptyState>
    </>
  );
}
