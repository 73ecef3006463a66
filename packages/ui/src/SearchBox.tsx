import { type InputHTMLAttributes, useId } from 'react';
import styles from './SearchBox.module.css';

interface Props
  extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'type' | 'className' | 'onSubmit'> {
  /** The input's name for screen readers (the box shows only its placeholder). */
  label: string;
  /** Places the box (width, margins); a page may also size the input through it (`.x input`). */
  className?: string;
  /** Searching on Enter (through a form); without it, the page searches as the text changes. */
  onSubmit?: () => void;
  testId?: string;
}

/** A page's own search: a pill-shaped input with a magnifier, in a search landmark. */
export function SearchBox({ label, className, onSubmit, testId, ...input }: Props) {
  const id = useId();
  const field = (
    <>
      <label htmlFor={id} className="visually-hidden">
        {label}
      </label>
      <input id={id} type="search" className={styles.input} data-testid={testId} {...input} />
    </>
  );
  return (
    <search className={className}>
      {onSubmit ? (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            onSubmit();
          }}
        >
          {field}
        </form>
      ) : (
        field
      )}
    </search>
  );
}
