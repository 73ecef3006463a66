/**
 * Quantity of one line: −, a number field and +. Buttons and the arrow keys change the number at once
 * and send it after a short pause, so five quick presses are one request; typing sends on Enter or when
 * the field loses focus. Escape puts back the quantity in the bag.
 */
import { type KeyboardEvent, useEffect, useRef, useState } from 'react';
import styles from './QuantityStepper.module.css';

const settleMs = 400;

interface Props {
  /** The quantity in the bag. */
  value: number;
  max: number;
  /** The product's name, for the controls' labels. */
  name: string;
  disabled?: boolean;
  onCommit: (quantity: number) => void;
}

export function QuantityStepper({ value, max, name, disabled = false, onCommit }: Props) {
  const [draft, setDraft] = useState(String(value));
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  // The bag's answer wins whenever it changes (including a refused change that leaves it as it was).
  useEffect(() => {
    setDraft(String(value));
  }, [value]);
  useEffect(() => () => clearTimeout(timer.current), []);

  const clamp = (n: number) => Math.min(Math.max(1, n), Math.max(1, max));

  const commit = (text: string) => {
    clearTimeout(timer.current);
    const parsed = Number.parseInt(text, 10);
    if (!Number.isFinite(parsed)) {
      setDraft(String(value));
      return;
    }
    const next = clamp(parsed);
    setDraft(String(next));
    if (next !== value) onCommit(next);
  };

  const step = (delta: number) => {
    const current = Number.parseInt(draft, 10);
    const next = clamp((Number.isFinite(current) ? current : value) + delta);
    setDraft(String(next));
    clearTimeout(timer.current);
    timer.current = setTimeout(() => commit(String(next)), settleMs);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowUp' || event.key === 'ArrowDown') {
      event.preventDefault();
      step(event.key === 'ArrowUp' ? 1 : -1);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      commit(draft);
    } else if (event.key === 'Escape') {
      clearTimeout(timer.current);
      setDraft(String(value));
    }
  };

  const current = Number.parseInt(draft, 10);
  return (
    <fieldset className={styles.stepper}>
      <legend className="visually-hidden">Quantity of {name}</legend>
      <button
        type="button"
        className={styles.button}
        aria-label={`One fewer ${name}`}
        disabled={disabled || !(current > 1)}
        onClick={() => step(-1)}
      >
        <span aria-hidden="true">−</span>
      </button>
      <input
        className={styles.input}
        type="text"
        inputMode="numeric"
        pattern="[0-9]*"
        aria-label="Quantity"
        value={draft}
        disabled={disabled}
        maxLength={2}
        onChange={(event) => setDraft(event.target.value.replace(/\D/g, ''))}
        onKeyDown={onKeyDown}
        onBlur={() => commit(draft)}
        data-testid="line-quantity"
      />
      <button
        type="button"
        className={styles.button}
        aria-label={`One more ${name}`}
        disabled={disabled || !(current < max)}
        onClick={() => step(1)}
      >
        <span aria-hidden="true">+</span>
      </button>
    </fieldset>
  );
}
