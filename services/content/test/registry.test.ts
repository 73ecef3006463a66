import { apiPrefix, service } from '@emporium/registry';
import { baseConfigSchema, loadConfig } from '@emporium/service-kit';
import { describe, expect, it } from 'vitest';
import { contentConfigSchema } from '../src/config.ts';
import { api } from './helpers.ts';

describe('the content service and the domain registry', () => {
  it('listens on the registry port and serves under the registry API prefix by default', () => {
    const config = loadConfig(contentConfigSchema, { MONGODB_URI: 'mongodb://127.0.0.1/' });
    expect(config.PORT).toBe(service('content').port);
    expect(config.MONGODB_DATABASE).toBe('emporium_content');
    expect(api).toBe(apiPrefix('content'));
    expect(contentConfigSchema).toEqual(baseConfigSchema('content'));
  });
});
