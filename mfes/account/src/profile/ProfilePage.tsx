/**
 * The shopper's profile as the user service has it now (not the possibly older copy in the session):
 * name, email and mobile number, with the name and number editable. The email is how the shopper signs
 * in and the service offers no way to change it, so it is shown, not offered for editing.
 */
import { formatPhone, type User, userApi } from '@emporium/api';
import { ErrorAlert, useLoad } from '@emporium/ui';
import { useRef, useState } from 'react';
import { announce } from '../ui/announce.ts';
import sectionStyles from '../ui/Section.module.css';
import { SectionHeader } from '../ui/SectionHeader.tsx';
import { ProfileForm } from './ProfileForm.tsx';
import styles from './ProfilePage.module.css';

export function ProfilePage() {
  const loaded = useLoad((signal) => userApi.me({ signal }), 'me');
  // What the last save answered, so the view shows it without a second request.
  const [saved, setSaved] = useState<User | null>(null);
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);

  const user = saved ?? loaded.data;
  const closeEditor = () => {
    setEditing(false);
    // The form and its buttons go away: back to the button that opened it.
    requestAnimationFrame(() => editButton.current?.focus());
  };

  return (
    <section className={sectionStyles.section} aria-labelledby="profile-title" data-testid="account-profile">
      <title>Your profile · Emporium</title>
      <SectionHeader
        id="profile-title"
        title="Profile"
        description="Your name and mobile number, used on orders and for sign-in codes."
      />
      {!user && loaded.status === 'error' && loaded.error && (
        <ErrorAlert title="We couldn’t load your profile" error={loaded.error} onRetry={loaded.reload} />
      )}
      {!user && loaded.status === 'loading' && (
        <p className={sectionStyles.loading} role="status">
          Loading your profile…
        </p>
      )}
      {user && (
        <div className={`${sectionStyles.card} ${styles.card}`}>
          {editing ? (
            <ProfileForm
              user={user}
              onCancel={closeEditor}
              onSaved={(updated) => {
                const changed = updated !== user;
                setSaved(updated);
                closeEditor();
                if (changed) announce('Your profile is saved.');
              }}
            />
          ) : (
            <>
              <dl className={styles.facts}>
                <div>
                  <dt>Full name</dt>
                  <dd data-testid="profile-name">{user.name}</dd>
                </div>
                <div>
                  <dt>Email</dt>
                  <dd>{user.email}</dd>
                </div>
                <div>
                  <dt>Mobile number</dt>
                  <dd data-testid="profile-phone">
                    {user.phone ? formatPhone(user.phone) : <span className={styles.none}>Not added</span>}
                  </dd>
                </div>
              </dl>
              <div className={sectionStyles.actions}>
                <button
                  ref={editButton}
                  type="button"
                  className={`button-secondary ${sectionStyles.secondary}`}
                  onClick={() => setEditing(true)}
                >
                  Edit profile
                </button>
              </div>
              <p className={styles.note}>Your email is how you sign in; it can’t be changed here.</p>
            </>
          )}
        </div>
      )}
    </section>
  );
}
