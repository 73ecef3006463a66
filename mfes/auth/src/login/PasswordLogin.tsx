import { type ApiError, fieldErrors, retryAfterSeconds, toApiError, userApi } from '@emporium/api';
import { Field, FormAlert } from '@emporium/ui';
import { type FormEvent, useState } from 'react';
import { isEmail } from '../contact.ts';
import form from '../ui/form.module.css';
import { PasswordField } from '../ui/PasswordField.tsx';
import type { SignIn } from '../use-sign-in.ts';

/** What went wrong, in the shopper's words. */
function problem(error: ApiError): string {
  switch (error.code) {
    case 'INVALID_CREDENTIALS':
      return 'The email or password is not right. Check both and try again.';
    case 'RATE_LIMITED':
      return `Too many sign-in attempts. Try again in ${retryAfterSeconds(error)} seconds.`;
    default:
      return error.message;
  }
}

export function PasswordLogin({ signIn, onUseCode }: { signIn: SignIn; onUseCode: () => void }) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const local: Record<string, string> = {};
    if (!isEmail(email)) local.email = 'Enter your email address, like name@example.com.';
    if (!password) local.password = 'Enter your password.';
    setErrors(local);
    setFailure(null);
    if (Object.keys(local).length > 0) return;
    try {
      await signIn.signIn(() => userApi.login({ email: email.trim(), password }));
    } catch (error) {
      const apiError = toApiError(error);
      setErrors(fieldErrors(apiError));
      setFailure(problem(apiError));
    }
  };

  return (
    <form className={form.form} onSubmit={submit} noValidate aria-label="Sign in with password">
      {failure && <FormAlert testId="login-error">{failure}</FormAlert>}
      <Field
        label="Email"
        type="email"
        name="email"
        autoComplete="username"
        required
        value={email}
        onChange={(event) => setEmail(event.target.value)}
        error={errors.email}
        data-testid="login-email"
      />
      <PasswordField
        label="Password"
        name="password"
        autoComplete="current-password"
        required
        value={password}
        onChange={(event) => setPassword(event.target.value)}
        error={errors.password}
        data-testid="login-password"
      />
      <button type="submit" className={`button-primary ${form.submit}`} disabled={signIn.busy}>
        {signIn.busy ? 'Signing in…' : 'Sign in'}
      </button>
      <p className={form.row}>
        Forgot your password?
        <button type="button" className={form.link} onClick={onUseCode}>
          Sign in with a code instead
        </button>
      </p>
    </form>
  );
}
