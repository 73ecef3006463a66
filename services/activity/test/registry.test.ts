import { apiPrefix, service, services } from '@emporium/registry';
import { baseConfigSchema, loadConfig } from '@emporium/service-kit';
import { describe, expect, it } from 'vitest';
import { activityConfigSchema } from '../src/config.ts';
import { emittingServices } from '../src/routes/events.ts';
import { api } from './helpers.ts';

describe('the activity service and the domain registry', () => {
  it('listens on the registry port and serves under the registry API prefix by default', () => {
    const config = loadConfig(activityConfigSchema, { MONGODB_URI: 'mongodb://127.0.0.1/' });
    expect(config.PORT).toBe(service('activity').port);
    expect(config.MONGODB_DATABASE).toBe('emporium_activity');
    expect(api).toBe(apiPrefix('activity'));
    expect(activityConfigSchema).toEqual(baseConfigSchema('activity'));
  });

  it('accepts business events from exactly the services the registry says call it', () => {
    const callers = services
      .filter((s) => (s.calls as readonly string[]).includes('activity'))
      .map((s) => s.name);
    expect([...emittingServices].sort()).toEqual(callers.sort());
  });
});
