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
        <RupeeInput
          id={`${id}-min`}
          label="Min price (₹)"
          placeholder="0"
          value={minText}
          onChange={setMinText}
        />
        <RupeeInput
          id={`${id}-max`}
          label="Max price (₹)"
          placeholder="Any"
          value={maxText}
          onChange={setMaxText}
        />
      </div>
      <button type="submit" className={`button-secondary ${styles.apply}`}>
        Apply
      </button>
    </form>
  );
}

function RupeeInput(props: {
  id: string;
  label: string;
  placeholder: string;
  value: string;
  onChange: (value: string) => void;
}) {
  return (
    <label htmlFor={props.id}>
      <span>{props.label}</span>
      <input
        id={props.id}
        type="number"
        inputMode="numeric"
        min={0}
        step={1}
        placeholder={props.placeholder}
        value={props.value}
        onChange={(event) => props.onChange(event.target.value)}
      />
    </label>
  );
}
