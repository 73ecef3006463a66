import styles from './RemoteLoading.module.css';

/** Shown while a remote's manifest, entry and chunks arrive. */
export function RemoteLoading({ remote }: { remote: string }) {
  return (
    <div className={styles.loading} role="status">
      <span className={styles.spinner} aria-hidden="true" />
      <span>Loading {remote}…</span>
    </div>
  );
}
