/**
 * The address book: saved delivery addresses (default first), adding one, editing one in place, making
 * one the default and deleting one. Checkout offers these same addresses.
 */
import { type Address, accountApi, maxAddresses, toApiError } from '@emporium/api';
import { ErrorAlert } from '@emporium/ui';
import { useRef, useState } from 'react';
import { announce } from '../ui/announce.ts';
import sectionStyles from '../ui/Section.module.css';
import { SectionHeader } from '../ui/SectionHeader.tsx';
import { AddressCard } from './AddressCard.tsx';
import styles from './AddressesPage.module.css';
import { AddressForm } from './AddressForm.tsx';
import { addressChanges, draftOf, emptyDraft, toAddressInput } from './address-rules.ts';
import { EmptyAddresses } from './EmptyAddresses.tsx';
import { useAddressBook } from './use-address-book.ts';

/** Which editor is open: none, the new-address form, or the form in place of one address. */
type Editor = null | { kind: 'new' } | { kind: 'edit'; id: string };

export function AddressesPage() {
  const book = useAddressBook();
  const [editor, setEditor] = useState<Editor>(null);
  const [busy, setBusy] = useState<ReadonlySet<string>>(new Set());
  const [cardErrors, setCardErrors] = useState<ReadonlyMap<string, string>>(new Map());
  const heading = useRef<HTMLHeadingElement>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const editButtons = useRef(new Map<string, HTMLButtonElement>());

  /** Focus after the element that had it went away (a closed form, a deleted card). */
  const focusLater = (target: () => HTMLElement | null | undefined) =>
    requestAnimationFrame(() => (target() ?? heading.current)?.focus());

  /** A change to one saved address: marked busy meanwhile; a refusal shows on its card. */
  const changeCard = async (id: string, call: () => Promise<unknown>, done: string) => {
    setBusy((current) => new Set(current).add(id));
    setCardErrors((current) => {
      const next = new Map(current);
      next.delete(id);
      return next;
    });
    try {
      await book.change(call);
      announce(done);
      return true;
    } catch (caught) {
      setCardErrors((current) => new Map(current).set(id, toApiError(caught).message));
      return false;
    } finally {
      setBusy((current) => {
        const next = new Set(current);
        next.delete(id);
        return next;
      });
    }
  };

  const addresses = book.addresses;
  if (!addresses) {
    return (
      <section className={sectionStyles.section} aria-labelledby="addresses-title">
        <title>Your addresses · Emporium</title>
        <SectionHeader id="addresses-title" title="Addresses" headingRef={heading} />
        {book.status === 'error' && book.error ? (
          <ErrorAlert title="We couldn’t load your addresses" error={book.error} onRetry={book.reload} />
        ) : (
          <p className={sectionStyles.loading} role="status">
            Loading your addresses…
          </p>
        )}
      </section>
    );
  }

  const full = addresses.length >= maxAddresses;
  const openNew = () => {
    setEditor({ kind: 'new' });
  };
  const closeNew = () => {
    setEditor(null);
    focusLater(() => addButton.current);
  };
  const closeEdit = (id: string) => {
    setEditor(null);
    focusLater(() => editButtons.current.get(id));
  };

  const newForm = editor?.kind === 'new' && (
    <div className={sectionStyles.card}>
      <AddressForm
        title="New address"
        initial={emptyDraft()}
        offerDefault={addresses.length > 0}
        submitLabel="Save address"
        onCancel={closeNew}
        onSubmit={async (draft, makeDefault) => {
          await book.change(() => accountApi.addAddress(toAddressInput(draft, makeDefault)));
          announce('Address saved.');
          closeNew();
        }}
      />
    </div>
  );

  const card = (address: Address) => {
    if (editor?.kind === 'edit' && editor.id === address.id) {
      return (
        <li key={address.id} className={`${styles.card} ${styles.editing}`}>
          <AddressForm
            title="Edit address"
            initial={draftOf(address)}
            offerDefault={!address.isDefault}
            submitLabel="Save changes"
            onCancel={() => closeEdit(address.id)}
            onSubmit={async (draft, makeDefault) => {
              const update = addressChanges(address, draft, makeDefault);
              if (update) {
                await book.change(() => accountApi.updateAddress(address.id, update));
                announce('Address updated.');
              }
              closeEdit(address.id);
            }}
          />
        </li>
      );
    }
    return (
      <AddressCard
        key={address.id}
        address={address}
        busy={busy.has(address.id)}
        error={cardErrors.get(address.id) ?? null}
        editRef={(button) => {
          if (button) editButtons.current.set(address.id, button);
          else editButtons.current.delete(address.id);
        }}
        onEdit={() => setEditor({ kind: 'edit', id: address.id })}
        onMakeDefault={async () => {
          const ok = await changeCard(
            address.id,
            () => accountApi.setDefaultAddress(address.id),
            `${address.name}, ${address.city} is now your default address.`,
          );
          // Its "Make default" button is gone and the card moved to the top: stay with the card.
          if (ok) focusLater(() => editButtons.current.get(address.id));
        }}
        onDelete={async () => {
          const ok = await changeCard(
            address.id,
            // Already gone (deleted in another tab) is what the shopper wanted.
            () =>
              accountApi.deleteAddress(address.id).catch((error: unknown) => {
                if (toApiError(error).status !== 404) throw error;
              }),
            'Address deleted.',
          );
          if (ok) focusLater(() => heading.current);
        }}
      />
    );
  };

  return (
    <section
      className={sectionStyles.section}
      aria-labelledby="addresses-title"
      data-testid="account-addresses"
    >
      <title>Your addresses · Emporium</title>
      <SectionHeader
        id="addresses-title"
        title="Addresses"
        headingRef={heading}
        description={
          addresses.length > 0
            ? `Where your orders can go. ${addresses.length} of ${maxAddresses} saved.`
            : 'Where your orders can go.'
        }
        action={
          addresses.length > 0 && (
            <button
              ref={addButton}
              type="button"
              className={`button-primary ${sectionStyles.primary}`}
              onClick={openNew}
              disabled={full || editor?.kind === 'new'}
              aria-describedby={full ? 'addresses-full' : undefined}
              data-testid="add-address"
            >
              Add a new address
            </button>
          )
        }
      />
      {full && (
        <p id="addresses-full" className={styles.full}>
          Your address book is full ({maxAddresses} addresses). Delete one you no longer use to add another.
        </p>
      )}
      {newForm}
      {addresses.length === 0 && editor?.kind !== 'new' && (
        <EmptyAddresses onAdd={openNew} buttonRef={addButton} />
      )}
      {addresses.length > 0 && (
        <ul className={styles.list} aria-label="Saved addresses">
          {addresses.map(card)}
        </ul>
      )}
    </section>
  );
}
