/**
 * Editing the name and mobile number. Problems show under their field after the first attempt to save,
 * and focus goes to the first of them; the service's own refusals (a phone another account uses) land on
 * the field they are about.
 */
import { type ApiError, fieldErrors, toApiError, type User, userApi } from '@emporium/api';
import { Field, FormAlert } from '@emporium/ui';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { phoneHint } from '../ui/phone.ts';
import sectionStyles from '../ui/Section.module.css';
import styles from './ProfilePage.module.css';
import {
  draftOf,
  type ProfileDraft,
  type ProfileErrors,
  profileChanges,
  validateProfile,
} from './profile-rules.ts';

interface Props {
  user: User;
  onSaved: (user: User) => void;
  onCancel: () => void;
}

/** The service's refusal as field errors where it names a field, else as one message for the form. */
function readRefusal(error: ApiError): { fields: ProfileErrors; form: string | null } {
  if (error.code === 'PHONE_TAKEN') {
    return { fields: { phone: 'Another account uses this number. Use a different one.' }, form: null };
  }
  const fields = fieldErrors(error) as ProfileErrors;
  return Object.keys(fields).length > 0 ? { fields, form: null } : { fields: {}, form: error.message };
}

export function ProfileForm({ user, onSaved, onCancel }: Props) {
  const [draft, setDraft] = useState<ProfileDraft>(() => draftOf(user));
  const [tried, setTried] = useState(false);
  const [serverErrors, setServerErrors] = useState<ProfileErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const form = useRef<HTMLFormElement>(null);

  const errors: ProfileErrors = { ...(tried ? validateProfile(draft) : {}), ...serverErrors };

  // The form opened from an "Edit" button: the first field takes over focus.
  useEffect(() => {
    form.current?.querySelector<HTMLInputElement>('input[name="name"]')?.focus();
  }, []);

  const change = (field: keyof ProfileDraft) => (event: { target: { value: string } }) => {
    const { value } = event.target;
    setDraft((current) => ({ ...current, [field]: value }));
    setServerErrors(({ [field]: _, ...rest }) => rest);
  };

  const focusFirstError = (found: ProfileErrors) => {
    const first = (['name', 'phone'] as const).find((field) => found[field]);
    if (first) form.current?.querySelector<HTMLInputElement>(`input[name="${first}"]`)?.focus();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    setFormError(null);
    const problems = validateProfile(draft);
    if (Object.keys(problems).length > 0) return focusFirstError(problems);
    const update = profileChanges(user, draft);
    if (!update) return onSaved(user);
    setSaving(true);
    try {
      onSaved(await userApi.updateMe(update));
    } catch (caught) {
      const refusal = readRefusal(toApiError(caught));
      setServerErrors(refusal.fields);
      setFormError(refusal.form);
      focusFirstError(refusal.fields);
    } finally {
      setSaving(false);
    }
  };

  return (
    <form ref={form} className={styles.form} onSubmit={submit} noValidate aria-label="Edit your profile">
      {formError && <FormAlert>{formError}</FormAlert>}
      <Field
        label="Full name"
        name="name"
        autoComplete="name"
        required
        maxLength={100}
        value={draft.name}
        onChange={change('name')}
        error={errors.name}
      />
      <Field
        label="Mobile number"
        name="phone"
        type="tel"
        inputMode="tel"
        autoComplete="tel"
        value={draft.phone}
        onChange={change('phone')}
        hint={`${phoneHint} Leave it empty to remove it.`}
        error={errors.phone}
      />
      <div className={sectionStyles.actions}>
        <button type="submit" className={`button-primary ${sectionStyles.primary}`} disabled={saving}>
          {saving ? 'Saving…' : 'Save changes'}
        </button>
        <button
          type="button"
          className={`button-secondary ${sectionStyles.secondary}`}
          onClick={onCancel}
          disabled={saving}
        >
          Cancel
        </button>
      </div>
    </form>
  );
}
