import { apiPrefix, service } from '@emporium/registry';
import { baseConfigSchema, loadConfig } from '@emporium/service-kit';
import { describe, expect, it } from 'vitest';
import { productConfigSchema } from '../src/config.ts';
import { api } from './helpers.ts';

describe('the product service and the domain registry', () => {
  it('listens on the registry port and serves under the registry API prefix by default', () => {
    const config = loadConfig(productConfigSchema, { MONGODB_URI: 'mongodb://127.0.0.1/' });
    expect(config.PORT).toBe(service('product').port);
    expect(config.MONGODB_DATABASE).toBe('emporium_product');
    expect(api).toBe(apiPrefix('product'));
    expect(productConfigSchema).toEqual(baseConfigSchema('product'));
  });
});
