/**
 * One saved address with what can be done to it: edit, make it the default, delete. Deleting asks once,
 * in place (no browser dialog), with focus on the confirming button and "Keep it" a Tab away.
 */
import { type Address, formatPhone } from '@emporium/api';
import { type Ref, useEffect, useId, useRef, useState } from 'react';
import sectionStyles from '../ui/Section.module.css';
import styles from './AddressesPage.module.css';
import { oneLine } from './address-rules.ts';

interface Props {
  address: Address;
  /** Another change to this address is on its way. */
  busy: boolean;
  /** What the service said when the last change to this address failed. */
  error: string | null;
  editRef: Ref<HTMLButtonElement>;
  onEdit: () => void;
  onMakeDefault: () => void;
  onDelete: () => void;
}

export function AddressCard({ address, busy, error, editRef, onEdit, onMakeDefault, onDelete }: Props) {
  const [confirming, setConfirming] = useState(false);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const deleteButton = useRef<HTMLButtonElement>(null);
  const nameId = useId();
  const which = <span className="visually-hidden">: {oneLine(address)}</span>;

  useEffect(() => {
    if (confirming) confirmButton.current?.focus();
  }, [confirming]);

  const keep = () => {
    setConfirming(false);
    requestAnimationFrame(() => deleteButton.current?.focus());
  };

  return (
    <li
      className={`${styles.card} ${address.isDefault ? styles.default : ''}`}
      aria-labelledby={nameId}
      aria-busy={busy}
      data-testid="address-card"
    >
      <div className={styles.cardTop}>
        <h3 id={nameId} className={styles.name}>
          {address.name}
        </h3>
        {address.isDefault && (
          <span className={styles.tag} data-testid="default-address">
            Default
          </span>
        )}
      </div>
      <address className={styles.lines}>
        <span>{address.line1}</span>
        {address.line2 && <span>{address.line2}</span>}
        {address.landmark && <span>{address.landmark}</span>}
        <span>
          {address.city}, {address.state} <strong>{address.pincode}</strong>
        </span>
      </address>
      <p className={styles.phone}>
        <span className={styles.phoneLabel}>Mobile</span> {formatPhone(address.phone)}
      </p>
      {error && (
        <p className={sectionStyles.error} role="alert">
          {error}
        </p>
      )}
      {confirming ? (
        <fieldset className={styles.confirm}>
          <legend className={styles.question}>Delete this address?</legend>
          <div className={sectionStyles.actions}>
            <button
              ref={confirmButton}
              type="button"
              className={styles.deleteButton}
              disabled={busy}
              onClick={() => {
                setConfirming(false);
                onDelete();
              }}
            >
              Delete{which}
            </button>
            <button type="button" className={sectionStyles.textButton} onClick={keep}>
              Keep it
            </button>
          </div>
        </fieldset>
      ) : (
        <div className={`${sectionStyles.actions} ${styles.cardActions}`}>
          <button
            ref={editRef}
            type="button"
            className={sectionStyles.textButton}
            onClick={onEdit}
            disabled={busy}
          >
            Edit{which}
          </button>
          <button
            ref={deleteButton}
            type="button"
            className={`${sectionStyles.textButton} ${sectionStyles.danger}`}
            onClick={() => setConfirming(true)}
            disabled={busy}
          >
            Delete{which}
          </button>
          {!address.isDefault && (
            <button
              type="button"
              className={`${sectionStyles.textButton} ${styles.makeDefault}`}
              onClick={onMakeDefault}
              disabled={busy}
            >
              Make default{which}
            </button>
          )}
        </div>
      )}
    </li>
  );
}
