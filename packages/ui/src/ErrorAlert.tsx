import type { ApiError } from '@emporium/api';
import styles from './ErrorAlert.module.css';

/** An API failure the shopper can act on: what went wrong and a retry. */
export function ErrorAlert({
  title = 'We couldn’t load this right now',
  error,
  onRetry,
}: {
  title?: string;
  error: ApiError;
  onRetry?: () => void;
}) {
  return (
    <div className={styles.alert} role="alert">
      <div>
        <p className={styles.title}>{title}</p>
        <p className={styles.message}>
          {error.message}
          {error.requestId && <span className={styles.reference}> (reference {error.requestId})</span>}
        </p>
      </div>
      {onRetry && (
        <button type="button" className={styles.retry} onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}
