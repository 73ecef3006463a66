/**
 * The shape of the page-wide state: who is signed in, the guest id, the cart badge, toasts and whether the
 * shell must show the login page. Plain data and actions, no React: the API package and tests use it as is.
 */

export type UserType = 'customer' | 'seller' | 'admin';

/** The signed-in user as the user service describes them (GET /me, sign-in answers). */
export interface SessionUser {
  id: string;
  type: UserType;
  name: string;
  email: string;
  phone: string | null;
}

export interface Session {
  user: SessionUser;
  type: UserType;
}

export type ToastKind = 'info' | 'success' | 'error';

export interface Toast {
  id: string;
  kind: ToastKind;
  message: string;
}

export interface ToastInput {
  kind?: ToastKind;
  message: string;
  /** How long it stays; 5 s by default (errors: until dismissed), 0 keeps it until dismissed. */
  durationMs?: number;
}

/**
 * Set when a signed-in action can no longer be authorised (the refresh failed): the host reacts by
 * navigating to the login page with `returnTo`, then clears it.
 */
export interface LoginRequest {
  returnTo: string;
  reason: 'session_expired' | 'required';
}

export interface ShopState {
  session: Session | null;
  /**
   * False until the page has tried to restore the session from the refresh cookie once. Pages that need
   * a signed-in user wait for it instead of sending the shopper to login during a reload.
   */
  sessionResolved: boolean;
  guestId: string | null;
  /** Items in the cart (the sum of quantities, as the cart service's itemCount); null until known. */
  cartCount: number | null;
  toasts: Toast[];
  loginRequired: LoginRequest | null;

  setSession(session: Session | null): void;
  /** Marks the start-up session restore as done (whatever its outcome). */
  resolveSession(): void;
  setGuestId(guestId: string): void;
  setCartCount(count: number | null): void;
  /** Shows a toast; returns its id (for an early dismiss). */
  pushToast(toast: ToastInput): string;
  dismissToast(id: string): void;
  /** Asks the shell to show login; `returnTo` defaults to the current page. */
  requireLogin(request?: Partial<LoginRequest>): void;
  clearLoginRequired(): void;
}
