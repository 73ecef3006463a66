import { type OtpTarget, userApi } from '@emporium/api';

/** A code that was sent, and the service's timings for it. */
export interface SentCode {
  target: OtpTarget;
  /** When the shopper may ask for another code (ms since the epoch). */
  resendAt: number;
  /** When this code stops working. */
  expiresAt: number;
}

/** Asks the user service to send a code; its refusals (429 RATE_LIMITED) are thrown as ApiErrors. */
export async function sendCode(target: OtpTarget): Promise<SentCode> {
  const sent = await userApi.requestOtp(target);
  const now = Date.now();
  return {
    target,
    resendAt: now + sent.resendAfterSeconds * 1000,
    expiresAt: now + sent.expiresInSeconds * 1000,
  };
}
