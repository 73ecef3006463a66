/**
 * Adding or changing an address. Problems show under their field once the shopper has tried to save, and
 * focus goes to the first of them; the service's own refusals land on the field they name, or above the
 * form (the address book is full). Escape cancels, as it does in any dialog-like editor.
 */
import { type ApiError, fieldErrors, toApiError } from '@emporium/api';
import { Field, FormAlert } from '@emporium/ui';
import { type FormEvent, type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import { phoneHint } from '../ui/phone.ts';
import sectionStyles from '../ui/Section.module.css';
import styles from './AddressesPage.module.css';
import {
  type AddressDraft,
  type AddressErrors,
  type AddressField,
  addressFields,
  validateAddress,
} from './address-rules.ts';
import { indianStates } from './indian-states.ts';

interface Props {
  /** The form's title, for the form's accessible name ("New address", "Edit address"). */
  title: string;
  initial: AddressDraft;
  /** Offer "make this my default address" (not for the first address nor for the default itself). */
  offerDefault: boolean;
  submitLabel: string;
  /** Saves; rejects with the service's refusal, which the form shows. */
  onSubmit: (draft: AddressDraft, makeDefault: boolean) => Promise<void>;
  onCancel: () => void;
}

const knownFields = new Set<string>(addressFields);

/** The service's refusal as field errors where it names fields, else as one message for the form. */
function readRefusal(error: ApiError): { fields: AddressErrors; form: string | null } {
  const fields: AddressErrors = {};
  for (const [field, message] of Object.entries(fieldErrors(error))) {
    if (knownFields.has(field)) fields[field as AddressField] = message;
  }
  if (Object.keys(fields).length > 0) return { fields, form: null };
  if (error.code === 'ADDRESS_LIMIT_REACHED')
    return { fields, form: `${error.message}. Delete one you no longer use to add this one.` };
  return { fields, form: error.message };
}

export function AddressForm({ title, initial, offerDefault, submitLabel, onSubmit, onCancel }: Props) {
  const [draft, setDraft] = useState(initial);
  const [makeDefault, setMakeDefault] = useState(false);
  const [tried, setTried] = useState(false);
  const [serverErrors, setServerErrors] = useState<AddressErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const titleId = useId();
  const statesId = useId();

  const errors: AddressErrors = { ...(tried ? validateAddress(draft) : {}), ...serverErrors };

  const focusField = (field: AddressField) =>
    form.current?.querySelector<HTMLInputElement>(`input[name="${field}"]`)?.focus();

  useEffect(() => {
    focusField('name');
  }, []);

  const focusFirstError = (found: AddressErrors) => {
    const first = addressFields.find((field) => found[field]);
    if (first) focusField(first);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    setFormError(null);
    const problems = validateAddress(draft);
    if (Object.keys(problems).length > 0) return focusFirstError(problems);
    setSaving(true);
    try {
      await onSubmit(draft, makeDefault);
    } catch (caught) {
      const refusal = readRefusal(toApiError(caught));
      setServerErrors(refusal.fields);
      setFormError(refusal.form);
      focusFirstError(refusal.fields);
      setSaving(false);
    }
  };

  const cancelOnEscape = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && !saving) {
      event.preventDefault();
      onCancel();
    }
  };

  /** One field's wiring; a plain function so inputs keep their focus across renders. */
  const field = (name: AddressField, label: string, extra: Partial<Parameters<typeof Field>[0]> = {}) => (
    <Field
      label={label}
      name={name}
      value={draft[name]}
      error={errors[name]}
      onChange={(event) => {
        const { value } = event.target;
        setDraft((current) => ({ ...current, [name]: value }));
        setServerErrors(({ [name]: _, ...rest }) => rest);
      }}
      {...extra}
    />
  );

  return (
    <form
      ref={form}
      className={styles.form}
      onSubmit={submit}
      onKeyDown={cancelOnEscape}
      noValidate
      aria-labelledby={titleId}
      data-testid="address-form"
    >
      <h3 id={titleId} className={styles.formTitle}>
        {title}
      </h3>
      {formError && <FormAlert testId="address-form-error">{formError}</FormAlert>}
      <div className={styles.grid}>
        {field('name', 'Full name', { required: true, autoComplete: 'name', maxLength: 100 })}
        {field('phone', 'Mobile number', {
          required: true,
          type: 'tel',
          inputMode: 'tel',
          autoComplete: 'tel',
          hint: phoneHint,
        })}
        {field('line1', 'House number, building and street', {
          required: true,
          autoComplete: 'address-line1',
          maxLength: 200,
          className: styles.wide,
        })}
        {field('line2', 'Area or locality', {
          autoComplete: 'address-line2',
          maxLength: 200,
          className: styles.wide,
        })}
        {field('landmark', 'Landmark', {
          autoComplete: 'off',
          maxLength: 200,
          hint: 'For example: near the metro station.',
        })}
        {field('pincode', 'PIN code', {
          required: true,
          inputMode: 'numeric',
          autoComplete: 'postal-code',
          maxLength: 6,
          hint: 'Six digits.',
        })}
        {field('city', 'City or town', { required: true, autoComplete: 'address-level2', maxLength: 100 })}
        {field('state', 'State', {
          required: true,
          autoComplete: 'address-level1',
          maxLength: 100,
          list: statesId,
        })}
      </div>
      <datalist id={statesId}>
        {indianStates.map((state) => (
          <option key={state} value={state} />
        ))}
      </datalist>
      {offerDefault && (
        <label className={styles.check}>
          <input
            type="checkbox"
            name="isDefault"
            checked={makeDefault}
            onChange={(event) => setMakeDefault(event.target.checked)}
          />
          Make this my default address
        </label>
      )}
      <div className={sectionStyles.actions}>
        <button type="submit" className={`button-primary ${sectionStyles.primary}`} disabled={saving}>
          {saving ? 'Saving…' : submitLabel}
        </button>
        <button
          type="button"
          className={`button-secondary ${sectionStyles.secondary}`}
          onClick={onCancel}
          disabled={saving}
        >
          Cancel
        </button>
      </div>
    </form>
  );
}
