/** The auth abuse drills, one summary row each: forged tokens, refresh-token reuse, OTP brute force. */
import type { DrillResult } from './drill.ts';
import { forgedTokens } from './forged-tokens.ts';
import { otpBruteForce } from './otp-brute-force.ts';
import type { DrillPlatform } from './platform.ts';
import { refreshReuse } from './refresh-reuse.ts';

export async function authAbuse(p: DrillPlatform): Promise<DrillResult[]> {
  return [await forgedTokens(p), await refreshReuse(p), await otpBruteForce(p)];
}
