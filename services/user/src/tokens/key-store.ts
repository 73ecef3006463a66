/**
 * Picks where signing keys live: JWT_SIGNING_KEYS when set, else the service's own database. The database
 * is passed as a getter because the kit asks for the token keys before it connects the database.
 */
import { ConfigError } from '@emporium/service-kit';
import type { Db } from 'mongodb';
import type { UserConfig } from '../config.ts';
import { configuredKeyStore } from './configured-keys.ts';
import { parseSigningKeysSetting } from './key-material.ts';
import type { SigningKeyStore } from './key-ring.ts';
import { StoredKeyStore } from './stored-keys.ts';

// Replaced keys stay published this long beyond an access token's lifetime: clock skew between services
// and JWKS caches that have not refetched yet.
export const keyRetentionMarginSeconds = 300;

export function signingKeyStore(config: UserConfig, db: () => Db): SigningKeyStore {
  if (config.JWT_SIGNING_KEYS !== undefined) {
    try {
      return configuredKeyStore(parseSigningKeysSetting(config.JWT_SIGNING_KEYS));
    } catch (err) {
      throw new ConfigError([(err as Error).message]);
    }
  }
  return new StoredKeyStore(db, (config.ACCESS_TOKEN_TTL_SECONDS + keyRetentionMarginSeconds) * 1000);
}
