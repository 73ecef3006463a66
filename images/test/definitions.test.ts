/**
 * The build definitions agree with the rest of the repository: the Node base is the major (and version) dev
 * and CI use, pnpm is the workspace's pinned one, bases are pinned tags, nothing pulls a BuildKit frontend,
 * and the build context leaves out what is rebuilt inside the image.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const dockerfiles = ['images/Dockerfile', 'images/embedded-db.Dockerfile'];
const arg = (text: string, name: string) => new RegExp(`^ARG ${name}=(\\S+)$`, 'm').exec(text)?.[1];

describe('image definitions', () => {
  const main = read('images/Dockerfile');

  it('use the Node version of .node-version and the pnpm of package.json', () => {
    expect(arg(main, 'NODE_IMAGE')).toBe(`node:${read('.node-version').trim()}-bookworm-slim`);
    const packageManager = (JSON.parse(read('package.json')) as { packageManager: string }).packageManager;
    expect(`pnpm@${arg(main, 'PNPM_VERSION')}`).toBe(packageManager);
  });

  it.each(dockerfiles)('%s names pinned bases and no frontend image', (file) => {
    const text = read(file);
    expect(text).not.toMatch(/^#\s*syntax=/m);
    for (const [, image] of text.matchAll(/^ARG \w+_IMAGE=(\S+)$/gm)) {
      expect(image).toMatch(/:[\w.-]*\d[\w.-]*$/);
      expect(image).not.toMatch(/:latest$/);
    }
    for (const [, from] of text.matchAll(/^FROM (\S+)/gm)) {
      expect(from, 'FROM a pinned ARG or an earlier stage').toMatch(/^\$\{\w+_IMAGE\}$|^[a-z-]+$/);
    }
  });

  it('run every final stage as a numeric non-root user', () => {
    for (const file of dockerfiles) {
      const stages = read(file)
        .split(/^FROM /m)
        .slice(1);
      const finals = stages.filter((stage) =>
        /^\$\{\w+_IMAGE\}( AS (service|mfe))?\s*$/m.test(stage.split('\n')[0] ?? ''),
      );
      expect(finals.length, file).toBeGreaterThan(0);
      for (const stage of finals) expect(stage).toMatch(/^USER [1-9]\d*:[1-9]\d*$/m);
    }
  });

  it('keep installed packages, build output, tools, data and git out of the build context', () => {
    const ignored = read('.dockerignore').split('\n');
    for (const entry of ['.git', '**/node_modules', '**/dist', '.tools', '.data'])
      expect(ignored).toContain(entry);
  });
});
