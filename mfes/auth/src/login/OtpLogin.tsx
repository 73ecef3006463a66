/**
 * Sign in with a one-time code, in two steps: where to send it (email or mobile number), then the six
 * digits. The code can be sent again once the service allows it (a countdown says when); every refusal
 * (wrong, expired, too many tries, rate limited) says what to do next.
 */
import { toApiError } from '@emporium/api';
import { Field, FormAlert } from '@emporium/ui';
import { type FormEvent, useState } from 'react';
import { readContact } from '../contact.ts';
import form from '../ui/form.module.css';
import type { SignIn } from '../use-sign-in.ts';
import { OtpCodeStep } from './OtpCodeStep.tsx';
import { otpProblem } from './otp-problems.ts';
import { type SentCode, sendCode } from './send-code.ts';

export function OtpLogin({ signIn }: { signIn: SignIn }) {
  const [contact, setContact] = useState('');
  const [contactError, setContactError] = useState<string | undefined>();
  const [failure, setFailure] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const [sent, setSent] = useState<SentCode | null>(null);

  const request = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    const target = readContact(contact);
    if (!target) {
      setContactError('Enter your email address, or a 10-digit mobile number.');
      return;
    }
    setContactError(undefined);
    setSending(true);
    try {
      setSent(await sendCode(target));
    } catch (error) {
      setFailure(otpProblem(toApiError(error)).message);
    } finally {
      setSending(false);
    }
  };

  if (sent) {
    return (
      <OtpCodeStep sent={sent} onResent={setSent} onChangeContact={() => setSent(null)} signIn={signIn} />
    );
  }
  return (
    <form className={form.form} onSubmit={request} noValidate aria-label="Get a sign-in code">
      {failure && <FormAlert testId="otp-error">{failure}</FormAlert>}
      <Field
        label="Email or mobile number"
        name="contact"
        type="text"
        inputMode="email"
        autoComplete="username"
        required
        value={contact}
        onChange={(event) => setContact(event.target.value)}
        hint="We’ll send a 6-digit code to sign you in. No password needed."
        error={contactError}
        data-testid="otp-contact"
      />
      <button type="submit" className={`button-primary ${form.submit}`} disabled={sending}>
        {sending ? 'Sending code…' : 'Send code'}
      </button>
    </form>
  );
}
