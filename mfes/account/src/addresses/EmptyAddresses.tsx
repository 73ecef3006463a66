import { EmptyState, emptyStateStyles } from '@emporium/ui';
import type { Ref } from 'react';

/** No saved address yet: what one is for, and the way to add the first. */
export function EmptyAddresses({
  onAdd,
  buttonRef,
}: {
  onAdd: () => void;
  buttonRef: Ref<HTMLButtonElement>;
}) {
  return (
    <EmptyState
      heading="No saved addresses yet"
      level={3}
      testId="no-addresses"
      art={
        <svg viewBox="0 0 48 48" aria-hidden="true">
          <g fill="none" stroke="currentColor" strokeWidth="2.4" strokeLinecap="round" strokeLinejoin="round">
            <path d="M24 43s-13-12.5-13-23a13 13 0 0 1 26 0c0 10.5-13 23-13 23z" />
            <circle cx="24" cy="20" r="5" />
          </g>
        </svg>
      }
      actions={
        <button
          ref={buttonRef}
          type="button"
          className={emptyStateStyles.primary}
          onClick={onAdd}
          data-testid="add-address"
        >
          Add an address
        </button>
      }
    >
      Save the places you order to, and checkout fills them in for you.
    </EmptyState>
  );
}
