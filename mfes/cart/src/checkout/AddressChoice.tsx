/**
 * Where to deliver: one of the saved addresses, or a new one typed here. A radio group, so arrow keys move
 * between the choices as they do in any native form.
 */
import type { Address } from '@emporium/api';
import type { Dispatch, SetStateAction } from 'react';
import { AddressForm } from './AddressForm.tsx';
import type { AddressDraft, AddressErrors } from './address-fields.ts';
import styles from './CheckoutPage.module.css';

export const newAddress = 'new';

interface Props {
  addresses: Address[];
  choice: string;
  onChoose: (choice: string) => void;
  draft: AddressDraft;
  errors: AddressErrors;
  showErrors: boolean;
  onDraft: Dispatch<SetStateAction<AddressDraft>>;
  save: boolean;
  onSave: (save: boolean) => void;
}

function oneLine(address: Address): string {
  return [address.line1, address.line2, address.landmark, address.city, `${address.state} ${address.pincode}`]
    .filter(Boolean)
    .join(', ');
}

export function AddressChoice({
  addresses,
  choice,
  onChoose,
  draft,
  errors,
  showErrors,
  onDraft,
  save,
  onSave,
}: Props) {
  return (
    <fieldset className={styles.choices}>
      <legend className="visually-hidden">Delivery address</legend>
      {addresses.map((address) => (
        <label key={address.id} className={styles.choice} data-testid="saved-address">
          <input
            type="radio"
            name="address"
            value={address.id}
            checked={choice === address.id}
            onChange={() => onChoose(address.id)}
          />
          <span className={styles.choiceBody}>
            <span className={styles.choiceName}>
              {address.name}
              {address.isDefault && <span className={styles.tag}>Default</span>}
            </span>
            <span className={styles.choiceText}>{oneLine(address)}</span>
            <span className={styles.choiceText}>Mobile {address.phone}</span>
          </span>
        </label>
      ))}
      <label className={styles.choice}>
        <input
          type="radio"
          name="address"
          value={newAddress}
          checked={choice === newAddress}
          onChange={() => onChoose(newAddress)}
          data-testid="new-address-choice"
        />
        <span className={styles.choiceBody}>
          <span className={styles.choiceName}>
            {addresses.length ? 'Deliver somewhere else' : 'New address'}
          </span>
        </span>
      </label>
      {choice === newAddress && (
        <div className={styles.newAddress}>
          <AddressForm draft={draft} errors={errors} showErrors={showErrors} onChange={onDraft} />
          <label className={styles.save}>
            <input type="checkbox" checked={save} onChange={(event) => onSave(event.target.checked)} />
            Save this address to my account
          </label>
        </div>
      )}
    </fieldset>
  );
}
