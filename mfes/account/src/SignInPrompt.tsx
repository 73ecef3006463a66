import { Link } from 'react-router';
import styles from './AccountLayout.module.css';
import { paths } from './paths.ts';

/** For signed-out visitors: what the account holds, and sign-in that comes back to this page. */
export function SignInPrompt({ returnTo }: { returnTo: string }) {
  return (
    <section className={styles.prompt} aria-labelledby="sign-in-title" data-testid="account-sign-in">
      <title>Your account · Emporium</title>
      <svg className={styles.promptIcon} viewBox="0 0 48 48" aria-hidden="true">
        <circle cx="24" cy="17" r="8" fill="none" stroke="currentColor" strokeWidth="3" />
        <path
          d="M9 41c2-8 8-12 15-12s13 4 15 12"
          fill="none"
          stroke="currentColor"
          strokeWidth="3"
          strokeLinecap="round"
        />
      </svg>
      <h1 id="sign-in-title">Sign in to see your account</h1>
      <p>Your profile, saved addresses and wishlist are here once you sign in.</p>
      <Link className={`button-primary ${styles.promptButton}`} to={paths.login(returnTo)}>
        Sign in
      </Link>
    </section>
  );
}
