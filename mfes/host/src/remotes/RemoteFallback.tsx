import type { RemoteName } from '@emporium/registry';
import { remoteLabels } from './labels.ts';
import styles from './RemoteFallback.module.css';

interface Props {
  remote: RemoteName;
  retrying: boolean;
  onRetry: () => void;
}

/** What a shopper sees instead of a remote that is down, hanging or not deployed here. */
export function RemoteFallback({ remote, retrying, onRetry }: Props) {
  return (
    <section className={styles.fallback} role="alert" data-testid={`remote-fallback-${remote}`}>
      <svg className={styles.icon} viewBox="0 0 48 48" aria-hidden="true">
        <circle cx="24" cy="24" r="22" fill="currentColor" opacity="0.12" />
        <path d="M24 13v14" stroke="currentColor" strokeWidth="4" strokeLinecap="round" />
        <circle cx="24" cy="34" r="2.6" fill="currentColor" />
      </svg>
      <h1 className={styles.title}>This part of the shop is unavailable right now</h1>
      <p className={styles.text}>
        We couldn’t load {remoteLabels[remote]}. Everything else on Emporium still works; please try again in
        a moment.
      </p>
      <button
        type="button"
        className={`button-primary ${styles.retry}`}
        onClick={onRetry}
        disabled={retrying}
      >
        {retrying ? 'Trying again…' : 'Try again'}
      </button>
    </section>
  );
}
