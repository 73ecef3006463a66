import { Field } from '@emporium/ui';
import { type ComponentProps, useState } from 'react';
import form from './form.module.css';

/** A password field with a Show/Hide button, so a shopper on a phone can check what they typed. */
export function PasswordField(props: Omit<ComponentProps<typeof Field>, 'type' | 'addon'>) {
  const [visible, setVisible] = useState(false);
  return (
    <Field
      {...props}
      type={visible ? 'text' : 'password'}
      addon={
        <button
          type="button"
          className={form.toggle}
          onClick={() => setVisible(!visible)}
          aria-pressed={visible}
          aria-label={visible ? 'Hide password' : 'Show password'}
        >
          {visible ? 'Hide' : 'Show'}
        </button>
      }
    />
  );
}
