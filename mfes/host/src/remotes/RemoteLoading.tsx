import type { RemoteName } from '@emporium/registry';
import { remoteLabels } from './labels.ts';
import styles from './RemoteLoading.module.css';

/** Shown while a remote's manifest, entry and chunks arrive. */
export function RemoteLoading({ remote }: { remote: RemoteName }) {
  return (
    <div className={styles.loading} role="status" data-testid={`remote-loading-${remote}`}>
      <span className={styles.spinner} aria-hidden="true" />
      <span>Loading {remoteLabels[remote]}…</span>
    </div>
  );
}
