import { apiPrefix, service, serviceCalls } from '@emporium/registry';
import { baseConfigSchema, loadConfig } from '@emporium/service-kit';
import { describe, expect, it } from 'vitest';
import { supportConfigSchema } from '../src/config.ts';
import { api } from './helpers.ts';

describe('the support service and the domain registry', () => {
  it('listens on the registry port, serves under the registry prefix and calls content and activity', () => {
    const config = loadConfig(supportConfigSchema, { MONGODB_URI: 'mongodb://127.0.0.1/' }) as Record<
      string,
      unknown
    >;
    expect(config.PORT).toBe(service('support').port);
    expect(config.MONGODB_DATABASE).toBe('emporium_support');
    expect(config.CONTENT_SERVICE_URL).toBe(`http://127.0.0.1:${service('content').port}`);
    expect(api).toBe(apiPrefix('support'));
    expect(serviceCalls('support')).toEqual(['content', 'activity']);
    expect(supportConfigSchema).toEqual(baseConfigSchema('support'));
  });
});
