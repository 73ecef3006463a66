/**
 * Six boxes for a six-digit code. Typing moves to the next box and Backspace to the previous one;
 * pasting (or the phone's one-time-code autofill, which arrives as one value) fills every box at once.
 * The code is complete when all six are digits: `onComplete` then fires once.
 */
import { type ClipboardEvent, type KeyboardEvent, useRef } from 'react';
import styles from './CodeInput.module.css';

export const codeLength = 6;

interface Props {
  /** One character per box, '' for an empty one. */
  digits: string[];
  onChange: (digits: string[]) => void;
  onComplete: (code: string) => void;
  /** The legend of the six boxes. */
  label: string;
  describedBy?: string | undefined;
  invalid?: boolean;
  disabled?: boolean;
}

export const emptyCode = (): string[] => Array.from({ length: codeLength }, () => '');

export function CodeInput({ digits, onChange, onComplete, label, describedBy, invalid, disabled }: Props) {
  const boxes = useRef<(HTMLInputElement | null)[]>([]);
  const focus = (i: number) => boxes.current[Math.max(0, Math.min(codeLength - 1, i))]?.focus();

  /** Puts `typed` digits into the boxes from `start` on; completes when every box has one. */
  const fill = (start: number, typed: string) => {
    const incoming = typed.replace(/\D/g, '').slice(0, codeLength);
    if (!incoming) return;
    // A whole code lands in the boxes from the first, wherever it was pasted.
    const from = incoming.length === codeLength ? 0 : start;
    const next = [...digits];
    for (let i = 0; i < incoming.length && from + i < codeLength; i++) next[from + i] = incoming[i] ?? '';
    onChange(next);
    const firstEmpty = next.indexOf('');
    focus(firstEmpty === -1 ? codeLength - 1 : Math.min(from + incoming.length, firstEmpty));
    if (firstEmpty === -1) onComplete(next.join(''));
  };

  const onKeyDown = (i: number, event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Backspace' && digits[i] === '') {
      event.preventDefault();
      const next = [...digits];
      if (i > 0) next[i - 1] = '';
      onChange(next);
      focus(i - 1);
    } else if (event.key === 'ArrowLeft') {
      event.preventDefault();
      focus(i - 1);
    } else if (event.key === 'ArrowRight') {
      event.preventDefault();
      focus(i + 1);
    }
  };

  const onPaste = (i: number, event: ClipboardEvent<HTMLInputElement>) => {
    event.preventDefault();
    fill(i, event.clipboardData.getData('text'));
  };

  return (
    <fieldset className={styles.fieldset} aria-describedby={describedBy}>
      <legend className={styles.legend}>{label}</legend>
      <div className={styles.code}>
        {digits.map((digit, i) => (
          <input
            key={i}
            ref={(element) => {
              boxes.current[i] = element;
            }}
            className={styles.box}
            value={digit}
            onChange={(event) => {
              const value = event.target.value;
              if (value === '') {
                const next = [...digits];
                next[i] = '';
                onChange(next);
              } else {
                // The new character is whichever differs from what the box held.
                fill(i, digit && value.length > 1 ? value.replace(digit, '') || value : value);
              }
            }}
            onKeyDown={(event) => onKeyDown(i, event)}
            onPaste={(event) => onPaste(i, event)}
            onFocus={(event) => event.target.select()}
            inputMode="numeric"
            pattern="[0-9]*"
            autoComplete={i === 0 ? 'one-time-code' : 'off'}
            maxLength={i === 0 ? codeLength : 2}
            aria-label={`Digit ${i + 1} of ${codeLength}`}
            aria-invalid={invalid ? true : undefined}
            disabled={disabled}
            data-testid={`otp-digit-${i + 1}`}
          />
        ))}
      </div>
    </fieldset>
  );
}
