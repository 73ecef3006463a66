/**
 * A new delivery address. Errors show next to their field once the shopper has tried to continue; a
 * known pincode fills in the city and state the shopper has not typed.
 */
import { logisticsApi } from '@emporium/api';
import { type ChangeEvent, type Dispatch, type SetStateAction, useEffect, useId } from 'react';
import type { AddressDraft, AddressErrors } from './address-fields.ts';
import styles from './CheckoutPage.module.css';

interface Props {
  draft: AddressDraft;
  errors: AddressErrors;
  showErrors: boolean;
  onChange: Dispatch<SetStateAction<AddressDraft>>;
}

interface FieldProps {
  field: keyof AddressDraft;
  label: string;
  autoComplete: string;
  optional?: boolean;
  inputMode?: 'numeric' | 'tel' | 'text';
  wide?: boolean;
}

export function AddressForm({ draft, errors, showErrors, onChange }: Props) {
  const id = useId();

  // Fill city and state from the pincode when the shopper has left them empty; only a new pincode asks.
  const { pincode, city, state } = draft;
  useEffect(() => {
    if (!/^[1-9][0-9]{5}$/.test(pincode) || (city && state)) return;
    const controller = new AbortController();
    logisticsApi.getPincode(pincode, { signal: controller.signal }).then(
      (place) => {
        if (!place.serviceable && !place.city) return;
        onChange((current) => ({
          ...current,
          city: current.city || place.city || '',
          state: current.state || place.state || '',
        }));
      },
      () => undefined, // the shopper types them in
    );
    return () => controller.abort();
  }, [pincode]);

  /** A plain function, not a component: a component defined here would remount (and lose focus) on every key. */
  const input = ({ field, label, autoComplete, optional, inputMode, wide }: FieldProps) => {
    const error = showErrors ? errors[field] : undefined;
    const inputId = `${id}-${field}`;
    return (
      <div className={`${styles.field} ${wide ? styles.wide : ''}`}>
        <label htmlFor={inputId}>
          {label}
          {optional && <span className={styles.optional}> (optional)</span>}
        </label>
        <input
          id={inputId}
          name={field}
          autoComplete={autoComplete}
          inputMode={inputMode}
          required={!optional}
          value={draft[field]}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${inputId}-error` : undefined}
          onChange={(event: ChangeEvent<HTMLInputElement>) => {
            const { value } = event.target;
            onChange((current) => ({ ...current, [field]: value }));
          }}
        />
        {error && (
          <p id={`${inputId}-error`} className={styles.fieldError}>
            {error}
          </p>
        )}
      </div>
    );
  };

  return (
    <div className={styles.form} data-testid="address-form">
      {input({ field: 'name', label: 'Full name', autoComplete: 'name' })}
      {input({ field: 'phone', label: 'Mobile number', autoComplete: 'tel', inputMode: 'tel' })}
      {input({
        field: 'line1',
        label: 'House number, building and street',
        autoComplete: 'address-line1',
        wide: true,
      })}
      {input({
        field: 'line2',
        label: 'Area or locality',
        autoComplete: 'address-line2',
        optional: true,
        wide: true,
      })}
      {input({ field: 'landmark', label: 'Landmark', autoComplete: 'off', optional: true })}
      {input({ field: 'pincode', label: 'Pincode', autoComplete: 'postal-code', inputMode: 'numeric' })}
      {input({ field: 'city', label: 'City', autoComplete: 'address-level2' })}
      {input({ field: 'state', label: 'State', autoComplete: 'address-level1' })}
    </div>
  );
}
