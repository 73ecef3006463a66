/**
 * Sign in (/auth/login): a password tab and a one-time-code tab, after the WAI-ARIA tabs pattern (arrow
 * keys move between tabs). The chosen tab is in the URL (?method=code), so a link can open either.
 */
import { type KeyboardEvent, useRef } from 'react';
import { Link, Navigate, useSearchParams } from 'react-router';
import { withReturnTo } from '../return-to.ts';
import { AuthCard } from '../ui/AuthCard.tsx';
import { useSignIn } from '../use-sign-in.ts';
import styles from './LoginPage.module.css';
import { OtpLogin } from './OtpLogin.tsx';
import { PasswordLogin } from './PasswordLogin.tsx';

const methods = [
  { id: 'password', label: 'Password' },
  { id: 'code', label: 'One-time code' },
] as const;
type Method = (typeof methods)[number]['id'];

export function LoginPage() {
  const [params, setParams] = useSearchParams();
  const method: Method = params.get('method') === 'code' ? 'code' : 'password';
  const signIn = useSignIn();
  const tabs = useRef<Partial<Record<Method, HTMLButtonElement | null>>>({});

  if (signIn.signedIn) return <Navigate to={signIn.returnTo} replace />;

  const choose = (next: Method, focus = false) => {
    setParams(
      (current) => {
        const updated = new URLSearchParams(current);
        if (next === 'code') updated.set('method', 'code');
        else updated.delete('method');
        return updated;
      },
      { replace: true },
    );
    if (focus) tabs.current[next]?.focus();
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const i = methods.findIndex((m) => m.id === method);
    const step = { ArrowRight: 1, ArrowLeft: -1 }[event.key];
    const jump = { Home: 0, End: methods.length - 1 }[event.key];
    const next = step !== undefined ? (i + step + methods.length) % methods.length : jump;
    if (next === undefined) return;
    event.preventDefault();
    const target = methods[next];
    if (target) choose(target.id, true);
  };

  return (
    <AuthCard
      title="Sign in"
      lead="Welcome back. Sign in to see your orders, wishlist and saved addresses."
      footer={
        <>
          New to Emporium?{' '}
          <Link to={withReturnTo('../signup', signIn.returnTo)} relative="path">
            Create an account
          </Link>
        </>
      }
    >
      <title>Sign in · Emporium</title>
      <div className={styles.tabs} role="tablist" aria-label="How to sign in" onKeyDown={onKeyDown}>
        {methods.map((m) => (
          <button
            key={m.id}
            ref={(element) => {
              tabs.current[m.id] = element;
            }}
            type="button"
            role="tab"
            id={`login-tab-${m.id}`}
            aria-selected={m.id === method}
            aria-controls={`login-panel-${m.id}`}
            tabIndex={m.id === method ? 0 : -1}
            className={styles.tab}
            onClick={() => choose(m.id)}
          >
            {m.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`login-panel-${method}`} aria-labelledby={`login-tab-${method}`}>
        {method === 'password' ? (
          <PasswordLogin signIn={signIn} onUseCode={() => choose('code', true)} />
        ) : (
          <OtpLogin signIn={signIn} />
        )}
      </div>
    </AuthCard>
  );
}
