/**
 * When the API package can no longer authorise a signed-in shopper (the refresh was refused), it sets the
 * store's `loginRequired`; any MFE may set it too (`requireLogin()`). The shell answers by going to the
 * login page with the way back, and tells the shopper why.
 */
import { mfe } from '@emporium/registry';
import { shopStore, useLoginRequired } from '@emporium/store';
import { useEffect } from 'react';
import { useNavigate } from 'react-router';

const loginRoute = `${mfe('auth').route}/login`;

export function LoginRedirect() {
  const request = useLoginRequired();
  const navigate = useNavigate();
  useEffect(() => {
    if (!request) return;
    const { returnTo, reason } = request;
    shopStore.getState().clearLoginRequired();
    if (reason === 'session_expired') {
      shopStore
        .getState()
        .pushToast({ kind: 'info', message: 'Your session has ended. Please sign in again.' });
    }
    // Never back to a sign-in page itself.
    const back = returnTo.startsWith(mfe('auth').route) ? '/' : returnTo;
    navigate(`${loginRoute}?returnTo=${encodeURIComponent(back)}`);
  }, [request, navigate]);
  return null;
}
