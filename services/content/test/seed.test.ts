import { useTestDatabase } from '@emporium/embedded-db/testing';
import { describe, expect, it } from 'vitest';
import { liveFilter } from '../src/banners/banners.ts';
import type { BannerDocument } from '../src/banners/documents.ts';
import { loadSeedContent } from '../src/seed/load.ts';
import { readSeedContent } from '../src/seed/seed-file.ts';

const db = useTestDatabase(import.meta.url);

describe('the seed content', () => {
  it('has the store pages, home banners in every scheduling state, and FAQs in every help category', async () => {
    const seed = await readSeedContent();
    expect(seed.pages.map((p) => p.slug)).toEqual(
      expect.arrayContaining(['about', 'shipping-policy', 'returns', 'privacy', 'terms', 'contact']),
    );
    const home = seed.banners.filter((b) => b.placement.startsWith('home-'));
    expect(home.length).toBeGreaterThanOrEqual(4);
    expect(home.some((b) => b.status === 'draft')).toBe(true);
    expect(home.some((b) => b.startsInDays !== null && b.startsInDays > 0)).toBe(true);
    expect(home.some((b) => b.endsInDays !== null && b.endsInDays < 0)).toBe(true);
    expect(seed.faqs.length).toBeGreaterThanOrEqual(30);
    for (const category of ['orders', 'payments', 'shipping', 'returns', 'account', 'coupons']) {
      expect(seed.faqs.filter((f) => f.category === category).length, category).toBeGreaterThanOrEqual(4);
    }
  });

  it('loads idempotently, restores edits, and skips when asked to fill only an empty database', async () => {
    const seed = await readSeedContent();
    const database = db.client.db(db.name);
    const now = new Date();
    expect(await loadSeedContent(database, seed, { now })).toEqual({
      skipped: false,
      pages: seed.pages.length,
      banners: seed.banners.length,
      faqs: seed.faqs.length,
    });
    const banners = database.collection<BannerDocument>('banners');
    expect(await banners.countDocuments(liveFilter(now, 'home-hero'))).toBe(2);

    const pages = database.collection<{ _id: string; title: string }>('pages');
    await pages.updateOne({ _id: 'about' }, { $set: { title: 'Edited by an admin' } });
    expect((await loadSeedContent(database, seed, { ifEmpty: true })).skipped).toBe(true);
    expect((await pages.findOne({ _id: 'about' }))?.title).toBe('Edited by an admin');

    await loadSeedContent(database, seed);
    expect((await pages.findOne({ _id: 'about' }))?.title).toBe('About Emporium');
    expect(await pages.countDocuments()).toBe(seed.pages.length);
    expect(await banners.countDocuments()).toBe(seed.banners.length);
    expect(await database.collection('faqs').countDocuments()).toBe(seed.faqs.length);
  });
});
