import { type FormEvent, useEffect, useId, useState } from 'react';
import styles from './FilterPanel.module.css';
import type { FilterChange } from './listing-params.ts';

interface Props {
  min: number | undefined;
  max: number | undefined;
  onChange: (change: FilterChange) => void;
}

const asText = (value: number | undefined) => (value === undefined ? '' : String(value));
const asRupees = (text: string) => {
  const value = Number(text);
  return text.trim() !== '' && Number.isFinite(value) && value >= 0 ? value : undefined;
};

/** A price range in rupees, applied with the button (or Enter) rather than on every keystroke. */
export function PriceFilter({ min, max, onChange }: Props) {
  const id = useId();
  const [minText, setMinText] = useState(asText(min));
  const [maxText, setMaxText] = useState(asText(max));
  useEffect(() => {
    setMinText(asText(min));
  }, [min]);
  useEffect(() => {
    setMaxText(asText(max));
  }, [max]);

  const apply = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    let low = asRupees(minText);
    let high = asRupees(maxText);
    if (low !== undefined && high !== undefined && low > high) [low, high] = [high, low];
    onChange({ minPrice: low, maxPrice: high });
  };

  return (
    <form className={styles.price} onSubmit={apply}>
      <div className={styles.priceFields}>
        <label htmlFor={`${id}-min`}>
          <span>Min price (₹)</span>
          <input
            id={`${id}-min`}
            type="number"
            inputMode="numeric"
            min={0}
            step={1}
            placeholder="0"
            value={minText}
            onChange={(event) => setMinText(event.target.value)}
          />
        </label>
        <label htmlFor={`${id}-max`}>
          <span>Max price (₹)</span>
          <input
            id={`${id}-max`}
            type="number"
            inputMode="numeric"
            min={0}
            step={1}
            placeholder="Any"
            value={maxText}
            onChange={(event) => setMaxText(event.target.value)}
          />
        </label>
      </div>
      <button type="submit" className={styles.apply}>
        Apply
      </button>
    </form>
  );
}
