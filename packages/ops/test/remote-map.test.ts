import { remotes } from '@emporium/registry';
import { describe, expect, it } from 'vitest';
import { effectiveRuntimeConfig, entryVariable, unknownRemotes } from '../src/remote-map.ts';

describe('effectiveRuntimeConfig (images/mfe/start.sh rules)', () => {
  it('serves every remote from the page origin by default', () => {
    const config = effectiveRuntimeConfig({});
    expect(config.environment).toBe('production');
    expect(config.apiOrigin).toBe('');
    expect(Object.keys(config.remotes)).toEqual(remotes().map((r) => r.name));
    expect(config.remotes.cart).toEqual({
      name: 'mfe_cart',
      entry: '/mfe/cart/mf-manifest.json',
      route: '/cart',
    });
  });

  it('keeps only the remotes REMOTES lists, in the registry order, and treats empty as all', () => {
    expect(Object.keys(effectiveRuntimeConfig({ REMOTES: 'cart,products' }).remotes)).toEqual([
      'products',
      'cart',
    ]);
    expect(Object.keys(effectiveRuntimeConfig({ REMOTES: '' }).remotes)).toHaveLength(remotes().length);
    expect(Object.keys(effectiveRuntimeConfig({ REMOTES: 'all,cart' }).remotes)).toHaveLength(
      remotes().length,
    );
    expect(effectiveRuntimeConfig({ REMOTES: 'nothing' }).remotes).toEqual({});
  });

  it('prefixes REMOTES_ORIGIN, and REMOTE_<NAME>_ENTRY overrides one remote', () => {
    const config = effectiveRuntimeConfig({
      REMOTES_ORIGIN: 'https://cdn.example.com',
      REMOTE_CART_ENTRY: 'https://cart.example.com/mf-manifest.json',
      REMOTE_ORDERS_ENTRY: '',
      API_ORIGIN: 'https://api.example.com',
      EMPORIUM_ENVIRONMENT: 'staging',
    });
    expect(config.remotes.products?.entry).toBe('https://cdn.example.com/mfe/products/mf-manifest.json');
    expect(config.remotes.cart?.entry).toBe('https://cart.example.com/mf-manifest.json');
    expect(config.remotes.orders?.entry).toBe('https://cdn.example.com/mfe/orders/mf-manifest.json');
    expect(config.apiOrigin).toBe('https://api.example.com');
    expect(config.environment).toBe('staging');
  });

  it('names the override variable as start.sh does', () => {
    expect(entryVariable('cart')).toBe('REMOTE_CART_ENTRY');
    expect(entryVariable('gift-cards')).toBe('REMOTE_GIFT_CARDS_ENTRY');
  });

  it('points out REMOTES entries that are not remotes', () => {
    expect(unknownRemotes({ REMOTES: 'cart,host,wishlist' })).toEqual(['host', 'wishlist']);
    expect(unknownRemotes({})).toEqual([]);
  });
});
