import type { Ref } from 'react';
import sectionStyles from '../ui/Section.module.css';

/** No saved address yet: what one is for, and the way to add the first. */
export function EmptyAddresses({
  onAdd,
  buttonRef,
}: {
  onAdd: () => void;
  buttonRef: Ref<HTMLButtonElement>;
}) {
  return (
    <div className={sectionStyles.empty} data-testid="no-addresses">
      <svg viewBox="0 0 48 48" aria-hidden="true" className={sectionStyles.emptyArt}>
        <g fill="none" stroke="currentColor" strokeWidth="2.4" strokeLinecap="round" strokeLinejoin="round">
          <path d="M24 43s-13-12.5-13-23a13 13 0 0 1 26 0c0 10.5-13 23-13 23z" />
          <circle cx="24" cy="20" r="5" />
        </g>
      </svg>
      <h3>No saved addresses yet</h3>
      <p>Save the places you order to, and checkout fills them in for you.</p>
      <button
        ref={buttonRef}
        type="button"
        className={`button-primary ${sectionStyles.emptyAction}`}
        onClick={onAdd}
        data-testid="add-address"
      >
        Add an address
      </button>
    </div>
  );
}
