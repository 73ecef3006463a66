/**
 * Signing in, for every way of doing it: run the call, greet the shopper, go to `returnTo`. While a
 * sign-in runs, the page does not redirect by itself even though the session already exists: the API
 * package merges the guest cart before the call resolves, and leaving earlier could show the old cart.
 */
import type { AuthSession } from '@emporium/api';
import { shopStore, useSession } from '@emporium/store';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useReturnTo } from './return-to.ts';

export interface SignIn {
  busy: boolean;
  /** Runs the sign-in call; its refusal is rethrown for the form to show. */
  signIn: (call: () => Promise<AuthSession>) => Promise<void>;
  /** Signed in already (arrived signed in, or restored from the refresh cookie): leave at once. */
  signedIn: boolean;
  returnTo: string;
}

export function useSignIn(): SignIn {
  const navigate = useNavigate();
  const returnTo = useReturnTo();
  const session = useSession();
  const [busy, setBusy] = useState(false);

  const signIn = async (call: () => Promise<AuthSession>) => {
    setBusy(true);
    try {
      const { user } = await call();
      shopStore.getState().pushToast({ kind: 'success', message: `Signed in as ${user.name}` });
      navigate(returnTo, { replace: true });
    } finally {
      setBusy(false);
    }
  };

  return { busy, signIn, signedIn: session !== null && !busy, returnTo };
}
