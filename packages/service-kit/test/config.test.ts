import { Type } from 'typebox';
import { describe, expect, it } from 'vitest';
import { baseConfigSchema, ConfigError, loadConfig, serviceConfigSchema } from '../src/index.ts';

const schema = baseConfigSchema('product');
const uri = 'mongodb://127.0.0.1:27017/';

function problems(env: Record<string, string>): readonly string[] {
  try {
    loadConfig(schema, env);
  } catch (err) {
    if (err instanceof ConfigError) return err.problems;
    throw err;
  }
  return [];
}

describe('loadConfig', () => {
  it('fills defaults from the domain registry', () => {
    const config = loadConfig(schema, { MONGODB_URI: uri });
    expect(config.PORT).toBe(8010);
    expect(config.MONGODB_DATABASE).toBe('emporium_product');
    expect(config.CORS_ORIGINS).toContain('http://localhost:8100');
    expect(config.LOG_LEVEL).toBe('info');
  });

  it('coerces numbers and ignores the rest of the environment', () => {
    const config = loadConfig(schema, { MONGODB_URI: uri, PORT: '9001', HOME: '/root' });
    expect(config.PORT).toBe(9001);
    expect(config).not.toHaveProperty('HOME');
  });

  it('names every missing or bad variable in one message', () => {
    expect(problems({})).toEqual(['MONGODB_URI is required but not set']);
    expect(problems({ MONGODB_URI: uri, PORT: 'eighty' })).toEqual(['PORT must be integer (got "eighty")']);
    expect(problems({ MONGODB_URI: uri, PORT: '70000' })).toEqual(['PORT must be <= 65535 (got "70000")']);
    expect(problems({ MONGODB_URI: uri, LOG_LEVEL: 'loud' })).toEqual([
      'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent (got "loud")',
    ]);
    expect(problems({ MONGODB_URI: 'postgres://x' })[0]).toMatch(/^MONGODB_URI must match pattern/);
    expect(
      problems({ MONGODB_URI: uri, CORS_ORIGINS: 'http://ok.example,https://shop.example/path,*' }),
    ).toEqual([
      'CORS_ORIGINS entry "https://shop.example/path" is not an origin (expected scheme://host[:port], no path)',
      'CORS_ORIGINS entry "*" is not an origin (expected scheme://host[:port], no path)',
    ]);
    expect(problems({ PORT: '-1' })).toHaveLength(2);
  });

  it('lets a service add settings of its own', () => {
    const extended = serviceConfigSchema('product', { SEED_ON_START: Type.Boolean({ default: false }) });
    expect(loadConfig(extended, { MONGODB_URI: uri, SEED_ON_START: 'true' }).SEED_ON_START).toBe(true);
  });
});
