/**
 * What went right, said once: the shell shows the shared store's toasts in its live region, so screen
 * readers hear it and sighted shoppers see it, wherever in the account it happened.
 */
import { shopStore } from '@emporium/store';

export function announce(message: string): void {
  shopStore.getState().pushToast({ kind: 'success', message });
}
