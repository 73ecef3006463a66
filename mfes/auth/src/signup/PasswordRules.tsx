import { passwordRules } from './password-rules.ts';
import styles from './SignupPage.module.css';

/** The rules under the password field, each ticked once met (and said so to screen readers). */
export function PasswordRules({ password }: { password: string }) {
  // The upper limit only matters once it is broken; until then it is noise.
  const shown = passwordRules.filter((rule) => rule.id !== 'max' || !rule.test(password));
  return (
    <ul className={styles.rules}>
      {shown.map((rule) => {
        const met = rule.test(password);
        return (
          <li key={rule.id} className={met ? styles.met : undefined}>
            <span aria-hidden="true">{met ? '✓' : '•'}</span> {rule.label}
            <span className="visually-hidden">{met ? ' (done)' : ' (not yet)'}</span>
          </li>
        );
      })}
      <li className={styles.tip}>Tip: three or four unrelated words make a strong, memorable password.</li>
    </ul>
  );
}
