/**
 * What configureApi set: where the API is and which portal this page is (its user type chooses the auth
 * endpoints and the refresh cookie). Kept apart from the ky instance so the auth modules can read it.
 */
import type { UserType } from '@emporium/store';

export interface ApiConfig {
  /** Origin of the API gateway, such as `https://shop.example.com`; '' means the page's own origin. */
  apiOrigin: string;
  /** The portal's user type: 'customer' for the storefront, 'seller' or 'admin' for their portals. */
  userType?: UserType;
  /** Per-attempt timeout; 10 s unless a test needs it shorter. */
  timeoutMs?: number;
}

export type ApiSettings = Required<ApiConfig>;

let current: ApiSettings = { apiOrigin: '', userType: 'customer', timeoutMs: 10_000 };

export function settings(): ApiSettings {
  return current;
}

export function applySettings(config: ApiConfig): ApiSettings {
  current = {
    apiOrigin: config.apiOrigin.replace(/\/+$/, ''),
    userType: config.userType ?? 'customer',
    timeoutMs: config.timeoutMs ?? 10_000,
  };
  return current;
}
