/**
 * Bundles one service (services/<name>/src/server.ts and everything it imports, workspace packages
 * included) into one ES module for its image. Node strips types only outside node_modules, so shipping
 * the workspace's TypeScript through a production node_modules would not run; a bundle also keeps the
 * image's own layer to a few MB instead of a node_modules tree.
 * Usage: node images/bundler/bundle-service.ts <service> <out-dir>
 */
import { writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';

const [name, outDir] = process.argv.slice(2);
if (!name || !outDir || !/^[a-z]+$/.test(name)) {
  process.stderr.write('usage: node images/bundler/bundle-service.ts <service> <out-dir>\n');
  process.exit(2);
}

const root = resolve(import.meta.dirname, '..', '..');
const result = await build({
  entryPoints: { server: join(root, 'services', name, 'src', 'server.ts') },
  outdir: outDir,
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: `node${process.versions.node.split('.')[0]}`,
  minifySyntax: true,
  minifyWhitespace: true,
  // Names stay readable in stack traces and logs.
  keepNames: true,
  sourcemap: 'linked',
  sourcesContent: false,
  legalComments: 'linked',
  metafile: true,
  // CommonJS dependencies inside an ES module bundle still call require().
  banner: {
    js: "import { createRequire as __emporiumRequire } from 'node:module'; const require = __emporiumRequire(import.meta.url);",
  },
  // The driver's optional add-ons (Kerberos, compression, client-side encryption, cloud credentials) are
  // loaded only when configured and stay out; pino-pretty is the local run's log formatter, never used in
  // a container (LOG_PRETTY is off there).
  external: [
    'kerberos',
    '@mongodb-js/zstd',
    '@aws-sdk/credential-providers',
    'gcp-metadata',
    'snappy',
    'socks',
    'aws4',
    'mongodb-client-encryption',
    'pino-pretty',
  ],
  logLevel: 'warning',
});

await writeFile(join(outDir, 'meta.json'), JSON.stringify(result.metafile));
const bytes = Object.values(result.metafile.outputs).reduce((sum, out) => sum + out.bytes, 0);
process.stdout.write(`bundled ${name}: ${(bytes / 1024).toFixed(0)} KiB in ${outDir}\n`);
