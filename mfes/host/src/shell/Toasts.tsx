/**
 * Toasts any MFE pushes through the shared store (`pushToast`), shown by the shell in one live region that
 * is always in the page, so screen readers announce each message as it is added.
 */
import { shopStore, useToasts } from '@emporium/store';
import styles from './Toasts.module.css';

export function Toasts() {
  const toasts = useToasts();
  return (
    <div className={styles.region} role="status" aria-live="polite" data-testid="toasts">
      {toasts.map((toast) => (
        <div key={toast.id} className={`${styles.toast} ${styles[toast.kind]}`}>
          <p className={styles.message}>{toast.message}</p>
          <button
            type="button"
            className={styles.dismiss}
            onClick={() => shopStore.getState().dismissToast(toast.id)}
          >
            <span className="visually-hidden">Dismiss</span>
            <svg viewBox="0 0 20 20" aria-hidden="true">
              <path d="m5 5 10 10M15 5 5 15" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
            </svg>
          </button>
        </div>
      ))}
    </div>
  );
}
