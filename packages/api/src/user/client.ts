/**
 * The user service's sign-in and profile calls, for the auth and account MFEs. Every sign-in (sign-up,
 * password, one-time code) starts the session on this page; logout ends it, even when the server cannot
 * be reached, because the shopper asked to be signed out here.
 */
import { apiPrefix } from '@emporium/registry';
import { shopStore } from '@emporium/store';
import { noAuth } from '../auth/context.ts';
import { type AuthSession, endSession } from '../auth/session.ts';
import { getJson, patchJson, postJson, type RequestOptions } from '../client.ts';
import { settings } from '../settings.ts';
import { completeSignIn } from './sign-in.ts';
import type {
  LoginInput,
  OtpRequested,
  OtpTarget,
  OtpVerifyInput,
  ProfileUpdate,
  SignupInput,
  User,
} from './types.ts';

const base = apiPrefix('user');
/** The auth endpoints of this portal's user type, where its refresh cookie lives. */
const authPath = (action: string) => `${base}/${settings().userType}/auth/${action}`;

// Sign-in calls carry no access token (an old one is irrelevant) and take part in no refresh; the answer
// sets the httpOnly refresh cookie, which a cross-origin API only stores with credentials included.
const signInOptions: RequestOptions = { credentials: 'include', context: noAuth };

export interface CallOptions {
  signal?: AbortSignal;
}

export const userApi = {
  /** Creates the account and signs in (customer and seller portals). 409 EMAIL_TAKEN when it exists. */
  async signup(input: SignupInput, options: CallOptions = {}): Promise<AuthSession> {
    return completeSignIn(
      await postJson<AuthSession>(authPath('signup'), input, { ...signInOptions, ...options }),
    );
  },
  /** 401 INVALID_CREDENTIALS on a wrong email or password. */
  async login(input: LoginInput, options: CallOptions = {}): Promise<AuthSession> {
    return completeSignIn(
      await postJson<AuthSession>(authPath('login'), input, { ...signInOptions, ...options }),
    );
  },
  /** Sends a six-digit code; always 202, whether or not the account exists. */
  requestOtp(target: OtpTarget, options: CallOptions = {}): Promise<OtpRequested> {
    return postJson<OtpRequested>(authPath('otp/request'), target, { context: noAuth, ...options });
  },
  /** 401 OTP_INVALID or OTP_EXPIRED, 429 OTP_ATTEMPTS_EXCEEDED (ask for a new code). */
  async verifyOtp(input: OtpVerifyInput, options: CallOptions = {}): Promise<AuthSession> {
    return completeSignIn(
      await postJson<AuthSession>(authPath('otp/verify'), input, { ...signInOptions, ...options }),
    );
  },
  /** Revokes the session on the server and forgets it here; resolves even if the server is unreachable. */
  async logout(options: CallOptions = {}): Promise<void> {
    try {
      await postJson<undefined>(authPath('logout'), undefined, { ...signInOptions, ...options });
    } catch (error) {
      console.warn('The server did not confirm the sign-out; signed out on this page anyway:', error);
    } finally {
      endSession();
    }
  },
  me(options: CallOptions = {}): Promise<User> {
    return getJson<User>(`${base}/me`, options);
  },
  /** The store's session follows the change, so the header shows the new name at once. */
  async updateMe(update: ProfileUpdate, options: CallOptions = {}): Promise<User> {
    const user = await patchJson<User>(`${base}/me`, update, options);
    const session = shopStore.getState().session;
    if (session) shopStore.getState().setSession({ ...session, user });
    return user;
  },
};
