/**
 * Create an account (/auth/signup): name, email, password (its rules shown as you type) and an optional
 * mobile number. The account is signed in at once and the shopper goes back to `returnTo`.
 */
import { type ApiError, fieldErrors, toApiError, toE164, userApi } from '@emporium/api';
import { mfe } from '@emporium/registry';
import { Field, FormAlert } from '@emporium/ui';
import { type FormEvent, useState } from 'react';
import { Link, Navigate } from 'react-router';
import { isEmail } from '../contact.ts';
import { withReturnTo } from '../return-to.ts';
import { AuthCard } from '../ui/AuthCard.tsx';
import form from '../ui/form.module.css';
import { PasswordField } from '../ui/PasswordField.tsx';
import { useSignIn } from '../use-sign-in.ts';
import { PasswordRules } from './PasswordRules.tsx';
import { passwordOk } from './password-rules.ts';
import styles from './SignupPage.module.css';

interface Values {
  name: string;
  email: string;
  password: string;
  phone: string;
}

function check(values: Values): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!values.name.trim()) errors.name = 'Enter your name.';
  if (!isEmail(values.email)) errors.email = 'Enter your email address, like name@example.com.';
  if (!passwordOk(values.password)) errors.password = 'Use 8 to 128 characters.';
  if (values.phone.trim() && !toE164(values.phone))
    errors.phone = 'Enter a 10-digit mobile number, or a number starting with + and the country code.';
  return errors;
}

export function SignupPage() {
  const signIn = useSignIn();
  const [values, setValues] = useState<Values>({ name: '', email: '', password: '', phone: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<ApiError | null>(null);
  const pages = mfe('content').route;

  if (signIn.signedIn) return <Navigate to={signIn.returnTo} replace />;

  const set = (field: keyof Values) => (event: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [field]: event.target.value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const local = check(values);
    setErrors(local);
    setFailure(null);
    if (Object.keys(local).length > 0) {
      // Take the shopper to the first field to fix.
      const first = Object.keys(local)[0];
      (event.currentTarget as HTMLFormElement).querySelector<HTMLInputElement>(`[name="${first}"]`)?.focus();
      return;
    }
    const phone = toE164(values.phone);
    try {
      await signIn.signIn(() =>
        userApi.signup({
          name: values.name.trim(),
          email: values.email.trim(),
          password: values.password,
          ...(phone ? { phone } : {}),
        }),
      );
    } catch (error) {
      const apiError = toApiError(error);
      setErrors(
        apiError.code === 'EMAIL_TAKEN'
          ? { email: 'An account with this email already exists.' }
          : fieldErrors(apiError),
      );
      setFailure(apiError);
    }
  };

  const loginLink = withReturnTo('../login', signIn.returnTo);
  return (
    <AuthCard
      title="Create your account"
      lead="Save addresses, keep a wishlist and follow your orders."
      footer={
        <>
          Already have an account?{' '}
          <Link to={loginLink} relative="path">
            Sign in
          </Link>
        </>
      }
    >
      <title>Create an account · Emporium</title>
      <form className={form.form} onSubmit={submit} noValidate aria-label="Create your account">
        {failure && (
          <FormAlert testId="signup-error">
            {failure.code === 'EMAIL_TAKEN' ? (
              <>
                You already have an account with this email.{' '}
                <Link to={loginLink} relative="path">
                  Sign in instead
                </Link>
              </>
            ) : (
              failure.message
            )}
          </FormAlert>
        )}
        <Field
          label="Full name"
          name="name"
          autoComplete="name"
          required
          maxLength={100}
          value={values.name}
          onChange={set('name')}
          error={errors.name}
          data-testid="signup-name"
        />
        <Field
          label="Email"
          name="email"
          type="email"
          autoComplete="email"
          required
          maxLength={254}
          value={values.email}
          onChange={set('email')}
          error={errors.email}
          data-testid="signup-email"
        />
        <PasswordField
          label="Password"
          name="password"
          autoComplete="new-password"
          required
          value={values.password}
          onChange={set('password')}
          error={errors.password}
          hint={<PasswordRules password={values.password} />}
          data-testid="signup-password"
        />
        <Field
          label="Mobile number"
          name="phone"
          type="tel"
          autoComplete="tel"
          inputMode="tel"
          value={values.phone}
          onChange={set('phone')}
          error={errors.phone}
          hint="For delivery updates, and to sign in with a code by SMS."
          data-testid="signup-phone"
        />
        <button type="submit" className={`button-primary ${form.submit}`} disabled={signIn.busy}>
          {signIn.busy ? 'Creating your account…' : 'Create account'}
        </button>
        <p className={styles.terms}>
          By creating an account you agree to our <Link to={`${pages}/terms`}>terms of use</Link> and{' '}
          <Link to={`${pages}/privacy`}>privacy policy</Link>.
        </p>
      </form>
    </AuthCard>
  );
}
