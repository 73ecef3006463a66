/**
 * Choosing 1 to 5 stars: a real radio group (arrow keys move and choose, Tab leaves), drawn as stars. Each
 * radio's name is "3 stars"; the word for the choice ("Good") is shown beside the stars.
 */
import type { Stars as StarCount } from '@emporium/api';
import { VisuallyHidden } from '@emporium/ui';
import { type Ref, useId, useState } from 'react';
import styles from './ReviewForm.module.css';

export const starWords = ['Poor', 'Fair', 'Good', 'Very good', 'Excellent'] as const;
const choices: StarCount[] = [1, 2, 3, 4, 5];

interface Props {
  value: StarCount | null;
  onChange: (stars: StarCount) => void;
  error?: string | undefined;
  /** The first radio, for focusing the group when it still needs an answer. */
  ref?: Ref<HTMLInputElement>;
}

export function StarRatingInput({ value, onChange, error, ref }: Props) {
  const name = useId();
  const errorId = `${name}-error`;
  // The stars the pointer is over, previewed before the click.
  const [hover, setHover] = useState<StarCount | null>(null);
  const shown = hover ?? value ?? 0;
  return (
    <fieldset
      className={styles.rating}
      aria-describedby={error ? errorId : undefined}
      onMouseLeave={() => setHover(null)}
    >
      <legend className={styles.legend}>Your rating</legend>
      <div className={styles.starRow}>
        {choices.map((n) => (
          <label key={n} className={styles.star} onMouseEnter={() => setHover(n)}>
            <input
              ref={n === 1 ? ref : undefined}
              type="radio"
              name={name}
              value={n}
              checked={value === n}
              onChange={() => onChange(n)}
              className={styles.radio}
              aria-invalid={error ? true : undefined}
            />
            <span aria-hidden="true" className={n <= shown ? styles.on : styles.off}>
              ★
            </span>
            <VisuallyHidden>
              {n} {n === 1 ? 'star' : 'stars'}
            </VisuallyHidden>
          </label>
        ))}
        <span className={styles.word} aria-hidden="true">
          {shown ? starWords[shown - 1] : 'Choose'}
        </span>
      </div>
      {error && (
        <p id={errorId} className={styles.error}>
          {error}
        </p>
      )}
    </fieldset>
  );
}
