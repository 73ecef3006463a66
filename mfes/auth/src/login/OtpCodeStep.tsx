import { toApiError, userApi } from '@emporium/api';
import { FormAlert } from '@emporium/ui';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import form from '../ui/form.module.css';
import { formatSeconds, useCountdown } from '../ui/use-countdown.ts';
import type { SignIn } from '../use-sign-in.ts';
import { CodeInput, codeLength, emptyCode } from './CodeInput.tsx';
import styles from './OtpCodeStep.module.css';
import { type OtpProblem, otpProblem } from './otp-problems.ts';
import { type SentCode, sendCode } from './send-code.ts';

interface Props {
  sent: SentCode;
  onResent: (sent: SentCode) => void;
  onChangeContact: () => void;
  signIn: SignIn;
}

/** The second step: the six digits, resend with a countdown, and a way back to change the address. */
export function OtpCodeStep({ sent, onResent, onChangeContact, signIn }: Props) {
  const [digits, setDigits] = useState(emptyCode);
  const [problem, setProblem] = useState<OtpProblem | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [resending, setResending] = useState(false);
  const [waitUntil, setWaitUntil] = useState(sent.resendAt);
  const resendIn = useCountdown(waitUntil);
  const problemId = useId();
  const container = useRef<HTMLDivElement>(null);
  const where = 'email' in sent.target ? sent.target.email : sent.target.phone;

  const focusFirstBox = () => container.current?.querySelector('input')?.focus();
  useEffect(focusFirstBox, []);

  const verify = async (code: string) => {
    if (signIn.busy || problem?.needsNewCode) return;
    setProblem(null);
    setNotice(null);
    try {
      await signIn.signIn(() => userApi.verifyOtp({ ...sent.target, code }));
    } catch (error) {
      const next = otpProblem(toApiError(error));
      setProblem(next);
      if (next.resendAt) setWaitUntil(Math.max(waitUntil, next.resendAt));
      // A wrong code is cleared for the next try; a dead one stays, greyed, until a new code comes.
      if (!next.needsNewCode) {
        setDigits(emptyCode());
        requestAnimationFrame(focusFirstBox);
      }
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const code = digits.join('');
    if (code.length < codeLength) {
      setProblem({ message: `Enter all ${codeLength} digits of the code.`, needsNewCode: false });
      return;
    }
    void verify(code);
  };

  const resend = async () => {
    setResending(true);
    setProblem(null);
    setNotice(null);
    try {
      const again = await sendCode(sent.target);
      onResent(again);
      setWaitUntil(again.resendAt);
      setDigits(emptyCode());
      setNotice(`We sent a new code to ${where}.`);
      focusFirstBox();
    } catch (error) {
      const next = otpProblem(toApiError(error));
      setProblem({ ...next, needsNewCode: problem?.needsNewCode ?? false });
      if (next.resendAt) setWaitUntil(next.resendAt);
    } finally {
      setResending(false);
    }
  };

  const dead = problem?.needsNewCode ?? false;
  return (
    <form className={form.form} onSubmit={submit} noValidate aria-label="Enter your sign-in code">
      <p className={styles.sentTo}>
        We sent a {codeLength}-digit code to <strong data-testid="otp-sent-to">{where}</strong>. It works for{' '}
        {Math.round((sent.expiresAt - Date.now()) / 60_000)} minutes.{' '}
        <button type="button" className={form.link} onClick={onChangeContact}>
          Change
        </button>
      </p>
      {problem && (
        <div id={problemId}>
          <FormAlert testId="otp-error">{problem.message}</FormAlert>
        </div>
      )}
      {notice && (
        <p className={styles.notice} role="status">
          {notice}
        </p>
      )}
      <div ref={container}>
        <CodeInput
          digits={digits}
          onChange={(next) => {
            setDigits(next);
            if (problem && !problem.needsNewCode) setProblem(null);
          }}
          onComplete={(code) => void verify(code)}
          label="Sign-in code"
          describedBy={problem ? problemId : undefined}
          invalid={problem !== null}
          disabled={dead || signIn.busy}
        />
      </div>
      <button type="submit" className={`button-primary ${form.submit}`} disabled={signIn.busy || dead}>
        {signIn.busy ? 'Checking…' : 'Sign in'}
      </button>
      <p className={form.row}>
        Didn’t get it? Check your spam folder, or
        <button
          type="button"
          className={form.link}
          onClick={resend}
          disabled={resendIn > 0 || resending}
          data-testid="otp-resend"
        >
          {resending
            ? 'Sending…'
            : resendIn > 0
              ? `Resend code in ${formatSeconds(resendIn)}`
              : 'Resend code'}
        </button>
      </p>
    </form>
  );
}
