/**
 * Writes what the host's image needs from the registry, at build time:
 *   host-routes.conf  an nginx map: 1 for the host's own page routes (/ and each remote's route), else 0
 *   remotes.tsv       one line per remote: name, federation name, route, assets path (start.sh turns it
 *                     into the runtime configuration with the URLs of the environment)
 * Usage: node images/mfe/host-files.ts <out-dir>. Imports the registry by path: the build stage has no
 * node_modules for this script, and the registry has no dependencies.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { assetsPath, federationName, remotes } from '../../packages/registry/src/index.ts';

const outDir = process.argv[2];
if (!outDir) throw new Error('usage: node images/mfe/host-files.ts <out-dir>');

const escapeRegex = (route: string) => route.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const routeMap = [
  '# Generated from the registry by images/mfe/host-files.ts at image build time.',
  'map $uri $emporium_host_route {',
  '  default 0;',
  '  / 1;',
  ...remotes().map((r) => `  ~^${escapeRegex(r.route)}(/|$) 1;`),
  '}',
  '',
].join('\n');
const table = remotes()
  .map((r) => [r.name, federationName(r.name), r.route, assetsPath(r.name)].join('\t'))
  .join('\n');

await mkdir(outDir, { recursive: true });
await writeFile(join(outDir, 'host-routes.conf'), routeMap);
await writeFile(join(outDir, 'remotes.tsv'), `${table}\n`);
