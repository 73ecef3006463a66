import styles from './ShowMoreButton.module.css';

/** Below a paged list: asks for the next page, and says so while it loads. */
export function ShowMoreButton({
  loading,
  onClick,
  children,
}: {
  loading: boolean;
  onClick: () => void;
  /** What it shows ("Show older orders"). */
  children: string;
}) {
  return (
    <button
      type="button"
      className={`button-secondary ${styles.button}`}
      onClick={onClick}
      disabled={loading}
    >
      {loading ? 'Loading…' : children}
    </button>
  );
}
