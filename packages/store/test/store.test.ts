import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createShopStore, defaultToastMs, type Session, shopStore } from '../src/index.ts';

const session: Session = {
  type: 'customer',
  user: { id: 'u-1', type: 'customer', name: 'Asha Rao', email: 'asha@example.com', phone: null },
};

describe('the page store', () => {
  it('is one instance: a change made through one import is seen through another', async () => {
    // What a remote and the host do when @emporium/store is a shared singleton: import the same module.
    const again = await import('../src/index.ts');
    expect(again.shopStore).toBe(shopStore);
    const seen: (number | null)[] = [];
    const unsubscribe = shopStore.subscribe((state) => seen.push(state.cartCount));
    again.shopStore.getState().setCartCount(3);
    unsubscribe();
    expect(seen).toEqual([3]);
    expect(shopStore.getState().cartCount).toBe(3);
  });

  it('starts signed out, unresolved, with an unknown cart count', () => {
    const store = createShopStore();
    expect(store.getState()).toMatchObject({
      session: null,
      sessionResolved: false,
      guestId: null,
      cartCount: null,
      toasts: [],
      loginRequired: null,
    });
  });

  it('keeps the session and marks it resolved', () => {
    const store = createShopStore();
    store.getState().setSession(session);
    store.getState().resolveSession();
    expect(store.getState().session).toEqual(session);
    expect(store.getState().sessionResolved).toBe(true);
    store.getState().setSession(null);
    expect(store.getState().session).toBeNull();
  });

  it('keeps the cart count a whole number of zero or more', () => {
    const store = createShopStore();
    store.getState().setCartCount(2.7);
    expect(store.getState().cartCount).toBe(2);
    store.getState().setCartCount(-1);
    expect(store.getState().cartCount).toBe(0);
    store.getState().setCartCount(null);
    expect(store.getState().cartCount).toBeNull();
  });

  it('asks for login with the page to come back to', () => {
    const store = createShopStore();
    store.getState().requireLogin({ returnTo: '/orders?page=2', reason: 'session_expired' });
    expect(store.getState().loginRequired).toEqual({ returnTo: '/orders?page=2', reason: 'session_expired' });
    store.getState().clearLoginRequired();
    expect(store.getState().loginRequired).toBeNull();
  });

  it('defaults returnTo to the current page', () => {
    vi.stubGlobal('location', { pathname: '/cart', search: '?step=pay', hash: '' });
    try {
      const store = createShopStore();
      store.getState().requireLogin();
      expect(store.getState().loginRequired).toEqual({ returnTo: '/cart?step=pay', reason: 'required' });
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

describe('toasts', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('are shown in order and dismissed automatically after their time', () => {
    const store = createShopStore();
    const first = store.getState().pushToast({ kind: 'success', message: 'Added to your bag' });
    store.getState().pushToast({ message: 'Saved', durationMs: 10_000 });
    expect(store.getState().toasts.map((t) => [t.kind, t.message])).toEqual([
      ['success', 'Added to your bag'],
      ['info', 'Saved'],
    ]);
    vi.advanceTimersByTime(defaultToastMs);
    expect(store.getState().toasts.map((t) => t.id)).not.toContain(first);
    expect(store.getState().toasts).toHaveLength(1);
    vi.advanceTimersByTime(10_000 - defaultToastMs);
    expect(store.getState().toasts).toEqual([]);
  });

  it('can be dismissed early, and a toast with duration 0 stays until then', () => {
    const store = createShopStore();
    const id = store.getState().pushToast({ kind: 'error', message: 'Could not save', durationMs: 0 });
    vi.advanceTimersByTime(60_000);
    expect(store.getState().toasts).toHaveLength(1);
    store.getState().dismissToast(id);
    expect(store.getState().toasts).toEqual([]);
  });

  it('keeps an error until it is dismissed unless it says how long', () => {
    const store = createShopStore();
    store.getState().pushToast({ kind: 'error', message: 'Could not reach your cart' });
    store.getState().pushToast({ kind: 'error', message: 'Try again', durationMs: 3_000 });
    vi.advanceTimersByTime(60_000);
    expect(store.getState().toasts.map((t) => t.message)).toEqual(['Could not reach your cart']);
  });

  it('have unique ids', () => {
    const store = createShopStore();
    const ids = Array.from({ length: 5 }, () => store.getState().pushToast({ message: 'x' }));
    expect(new Set(ids).size).toBe(5);
  });
});
