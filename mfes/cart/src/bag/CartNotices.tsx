/**
 * What the shopper should know about the bag as a whole: prices that could not be checked, lines dropped
 * or capped when their guest bag joined their account's. Line issues show on their line; the coupon's in
 * the coupon box.
 */
import type { CartIssue } from '@emporium/api';
import styles from './BagPage.module.css';

export function CartNotices({ issues }: { issues: CartIssue[] }) {
  if (issues.length === 0) return null;
  return (
    <ul className={styles.notices} aria-label="About your bag">
      {issues.map((issue) => (
        <li key={`${issue.code}:${issue.message}`} data-testid="cart-notice">
          {issue.message}
        </li>
      ))}
    </ul>
  );
}
