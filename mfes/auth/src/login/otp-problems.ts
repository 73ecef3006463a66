/** The one-time-code refusals, in the shopper's words, and what each one leaves them able to do. */
import type { ApiError } from '@emporium/api';
import { retryAfterSeconds } from '@emporium/api';

export interface OtpProblem {
  message: string;
  /** The code in the boxes can no longer work: only a new code helps. */
  needsNewCode: boolean;
  /** When a new code may be asked for, if the refusal says (ms since the epoch). */
  resendAt?: number;
}

export function otpProblem(error: ApiError): OtpProblem {
  switch (error.code) {
    case 'OTP_INVALID':
      return {
        message: 'That code is not right. Check the latest message we sent and try again.',
        needsNewCode: false,
      };
    case 'OTP_EXPIRED':
      return { message: 'This code has expired. Send a new code to continue.', needsNewCode: true };
    case 'OTP_ATTEMPTS_EXCEEDED':
      return { message: 'Too many wrong codes. Send a new code to try again.', needsNewCode: true };
    case 'RATE_LIMITED': {
      const seconds = retryAfterSeconds(error);
      return {
        message: `Too many attempts. Please wait ${seconds} seconds and try again.`,
        needsNewCode: false,
        resendAt: Date.now() + seconds * 1000,
      };
    }
    default:
      return { message: error.message, needsNewCode: false };
  }
}
