/**
 * The seed content (pages.json, banners.json, faqs.json): its schema, and reading it with validation, so a
 * broken edit fails loudly with the offending path instead of loading half a CMS. Banner windows are
 * written as days relative to the moment of seeding, so the seed always shows one live sale, one scheduled
 * for later and one that has ended, whenever it is loaded.
 */
import { readSeedFile } from '@emporium/service-kit';
import { type Static, type TSchema, Type } from 'typebox';
import { Placement } from '../schemas/banners.ts';
import { Image, SitePath, Slug, Status } from '../schemas/common.ts';
import { CreateFaq } from '../schemas/faqs.ts';
import { CreatePage } from '../schemas/pages.ts';

const RelativeDays = Type.Union([Type.Integer({ minimum: -3650, maximum: 3650 }), Type.Null()]);

export const SeedBanner = Type.Object(
  {
    key: Slug,
    title: Type.String({ minLength: 1, maxLength: 120 }),
    subtitle: Type.String({ maxLength: 200 }),
    image: Type.Union([Image, Type.Null()]),
    link: SitePath,
    placement: Placement,
    priority: Type.Integer({ minimum: 0, maximum: 1000 }),
    status: Status,
    startsInDays: RelativeDays,
    endsInDays: RelativeDays,
  },
  { additionalProperties: false },
);

const files = {
  pages: { file: 'pages.json', schema: Type.Array(CreatePage, { minItems: 1 }) },
  banners: { file: 'banners.json', schema: Type.Array(SeedBanner, { minItems: 1 }) },
  faqs: { file: 'faqs.json', schema: Type.Array(CreateFaq, { minItems: 1 }) },
};

export interface SeedContent {
  pages: Static<typeof CreatePage>[];
  banners: Static<typeof SeedBanner>[];
  faqs: Static<typeof CreateFaq>[];
}

async function readValidated<T>(dir: URL, file: string, schema: TSchema): Promise<T> {
  return (await readSeedFile(schema, new URL(file, dir), 'seed file')) as T;
}

function assertUnique(what: string, values: readonly string[]): void {
  const seen = new Set<string>();
  for (const v of values) {
    if (seen.has(v)) throw new Error(`seed content has a duplicate ${what} "${v}"`);
    seen.add(v);
  }
}

export const defaultSeedDir = new URL('./', import.meta.url);

export async function readSeedContent(dir: URL = defaultSeedDir): Promise<SeedContent> {
  const [pages, banners, faqs] = await Promise.all([
    readValidated<SeedContent['pages']>(dir, files.pages.file, files.pages.schema),
    readValidated<SeedContent['banners']>(dir, files.banners.file, files.banners.schema),
    readValidated<SeedContent['faqs']>(dir, files.faqs.file, files.faqs.schema),
  ]);
  assertUnique(
    'page slug',
    pages.map((p) => p.slug),
  );
  assertUnique(
    'banner key',
    banners.map((b) => b.key),
  );
  assertUnique(
    'FAQ question',
    faqs.map((f) => f.question),
  );
  for (const b of banners) {
    if (b.startsInDays !== null && b.endsInDays !== null && b.endsInDays <= b.startsInDays) {
      throw new Error(`seed banner "${b.key}" ends before it starts`);
    }
  }
  return { pages, banners, faqs };
}
