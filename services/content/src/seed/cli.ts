/**
 * `node src/seed/cli.ts [--if-empty]`: loads the seed pages, banners and FAQs into the content database
 * named by MONGODB_URI and MONGODB_DATABASE (default: the content service's own database).
 */
import { runSeedCommand } from '@emporium/service-kit';
import { contentConfigSchema } from '../config.ts';
import { loadSeedContent } from './load.ts';
import { readSeedContent } from './seed-file.ts';

await runSeedCommand(contentConfigSchema, async (db, { ifEmpty, database }) => {
  const result = await loadSeedContent(db, await readSeedContent(), {
    ifEmpty,
  });
  return result.skipped
    ? `content already has pages in ${database}; seed skipped (run \`make seed\` to reload it)`
    : `seeded ${result.pages} pages, ${result.banners} banners and ${result.faqs} FAQs into ${database}`;
});
