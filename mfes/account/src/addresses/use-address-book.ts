/**
 * The address book on screen. After every change it takes the list again from the service rather than
 * patching it here, because a change can move the default (deleting the default hands it to another
 * address) and the service's order (default first) is the one to show.
 */
import { type Address, accountApi } from '@emporium/api';
import { useLoad } from '@emporium/ui';
import { useState } from 'react';

export function useAddressBook() {
  const loaded = useLoad((signal) => accountApi.listAddresses({ signal }), 'addresses');
  // The list as it stands after this page's own changes; until the first change, the loaded one.
  const [changed, setChanged] = useState<Address[] | null>(null);

  /**
   * Runs a change (its refusal reaches the caller), then shows the book as it now is. If only that second
   * read fails, the change did happen: the page falls back to loading the book again, with its retry.
   */
  async function change<T>(call: () => Promise<T>): Promise<T> {
    const result = await call();
    try {
      setChanged(await accountApi.listAddresses());
    } catch {
      setChanged(null);
      loaded.reload();
    }
    return result;
  }

  const reload = () => {
    setChanged(null);
    loaded.reload();
  };

  return {
    status: loaded.status,
    error: loaded.error,
    addresses: changed ?? loaded.data,
    change,
    reload,
  };
}
