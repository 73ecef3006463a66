/** Service keys for tests: one random key per service, and the TRUSTED_SERVICE_KEYS a callee needs. */
import { randomBytes } from 'node:crypto';
import type { ServiceName } from '@emporium/registry';

export interface TestServiceKeys {
  key(service: ServiceName): string;
  /** `caller=key,...` for the callers a service under test trusts. */
  trusted(...callers: ServiceName[]): string;
}

export function testServiceKeys(): TestServiceKeys {
  const keys = new Map<ServiceName, string>();
  const key = (service: ServiceName) => {
    let found = keys.get(service);
    if (!found) {
      found = `test-${service}-${randomBytes(18).toString('base64url')}`;
      keys.set(service, found);
    }
    return found;
  };
  return { key, trusted: (...callers) => callers.map((c) => `${c}=${key(c)}`).join(',') };
}
