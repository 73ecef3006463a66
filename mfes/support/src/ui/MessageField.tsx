/**
 * A labelled multi-line message box (the textarea twin of @emporium/ui's Field): hint, error and a
 * characters-left count, all read with it by assistive technology.
 */
import { type Ref, type TextareaHTMLAttributes, useId } from 'react';
import styles from './MessageField.module.css';

interface Props extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'value'> {
  label: string;
  value: string;
  maxLength: number;
  hint?: string;
  error?: string | undefined;
  /** Keep the label for screen readers only (the heading above already says it). */
  hideLabel?: boolean;
  ref?: Ref<HTMLTextAreaElement>;
}

/** Past this share of the limit, the count of characters left appears. */
const countFrom = 0.8;

export function MessageField({
  label,
  value,
  maxLength,
  hint,
  error,
  hideLabel,
  className,
  ref,
  ...textarea
}: Props) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const left = maxLength - value.length;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ');
  return (
    <div className={`${styles.field} ${className ?? ''}`}>
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : styles.label}>
        {label}
      </label>
      <textarea
        ref={ref}
        id={id}
        value={value}
        maxLength={maxLength}
        className={`${styles.input} ${error ? styles.invalid : ''}`}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
        {...textarea}
      />
      <div className={styles.below}>
        {hint && (
          <p id={hintId} className={styles.hint}>
            {hint}
          </p>
        )}
        {value.length >= maxLength * countFrom && (
          <p className={styles.count}>{left === 1 ? '1 character left' : `${left} characters left`}</p>
        )}
      </div>
      {error && (
        <p id={errorId} className={styles.error}>
          {error}
        </p>
      )}
    </div>
  );
}
