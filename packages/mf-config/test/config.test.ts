/**
 * Every micro frontend's real webpack config (its webpack.config.ts), checked for what the platform relies
 * on at runtime: the federation name and entry file the host registers, the manifest, the shared
 * singletons with explicit versions and never eager, public paths, and the dev server's place.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assetsPath, federationName, isMfeName, type MfeName, mfe } from '@emporium/registry';
import { ModuleFederationPlugin } from '@module-federation/enhanced/webpack';
import HtmlWebpackPlugin from 'html-webpack-plugin';
import { describe, expect, it } from 'vitest';
import { devRuntimeConfig, type FederationOptions, type MfeWebpackConfig } from '../src/index.ts';

const repo = join(import.meta.dirname, '..', '..', '..');
const mfesDir = join(repo, 'mfes');
const folders = readdirSync(mfesDir).filter((name) => existsSync(join(mfesDir, name, 'webpack.config.ts')));

type ConfigFn = (env: unknown, argv: { mode: 'production' | 'development' }) => MfeWebpackConfig;

async function configOf(name: string, mode: 'production' | 'development'): Promise<MfeWebpackConfig> {
  const module = (await import(join(mfesDir, name, 'webpack.config.ts'))) as { default: ConfigFn };
  return module.default({}, { mode });
}

/** What the federation plugin was constructed with (the wrapper keeps it as `_options`). */
function federationOf(config: MfeWebpackConfig): FederationOptions {
  const plugins = (config.plugins ?? []).filter((p) => p instanceof ModuleFederationPlugin);
  expect(plugins).toHaveLength(1);
  return (plugins[0] as unknown as { _options: FederationOptions })._options;
}

const versionOf = (manifest: string) =>
  (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
/** The pinned version in pnpm-workspace.yaml's catalog. */
const catalogVersion = (pkg: string) =>
  readFileSync(join(repo, 'pnpm-workspace.yaml'), 'utf8').match(
    new RegExp(`^\\s+"?${pkg}"?: (\\S+)$`, 'm'),
  )?.[1];

const singletons = [
  'react',
  'react-dom',
  'react/',
  'react-dom/',
  'react-router',
  '@emporium/api',
  '@emporium/store',
];

it('finds the micro frontends, each named after a registry domain', () => {
  expect(folders).toEqual(expect.arrayContaining(['host', 'products']));
  for (const name of folders) expect(isMfeName(name), name).toBe(true);
});

describe.each(folders)('the %s micro frontend', (name) => {
  const registryName = name as MfeName;

  it.each(['production', 'development'] as const)(
    'shares the singletons with explicit versions, never eager (%s)',
    async (mode) => {
      const { shared } = federationOf(await configOf(name, mode));
      expect(Object.keys(shared).sort()).toEqual([...singletons].sort());
      for (const [key, options] of Object.entries(shared)) {
        expect(options, key).toEqual({
          singleton: true,
          requiredVersion: expect.stringMatching(/^\^\d+\.\d+\.\d+$/),
        });
        expect(options, key).not.toHaveProperty('eager');
      }
      for (const pkg of ['react', 'react-dom', 'react-router']) {
        expect(shared[pkg]?.requiredVersion, pkg).toBe(`^${catalogVersion(pkg)}`);
      }
      expect(shared['react/']?.requiredVersion).toBe(shared.react?.requiredVersion);
      expect(shared['react-dom/']?.requiredVersion).toBe(shared['react-dom']?.requiredVersion);
      // A workspace package: its version is not inferred by the plugin, so it must be set from package.json.
      const api = versionOf(join(repo, 'packages', 'api', 'package.json'));
      expect(shared['@emporium/api']?.requiredVersion).toBe(`^${api}`);
    },
  );

  it('is a federation container with the registry name, remoteEntry.js and a manifest', async () => {
    const federation = federationOf(await configOf(name, 'production'));
    expect(federation.name).toBe(federationName(registryName));
    expect(federation.name).toMatch(/^[a-z][a-z0-9_]*$/);
    expect(federation.filename).toBe('remoteEntry.js');
    expect(federation.manifest).toBe(true);
    expect(federation.dts).toBe(false);
    expect(federation).not.toHaveProperty('remotes');
    if (name === 'host') {
      expect(federation.exposes).toEqual({});
      for (const plugin of federation.runtimePlugins ?? [])
        expect(existsSync(String(plugin)), String(plugin)).toBe(true);
      expect(federation.runtimePlugins).toHaveLength(1);
    } else {
      expect(federation.exposes).toMatchObject({ './App': expect.any(String) });
    }
  });

  it('builds into its dist folder, resolving chunks as the host needs', async () => {
    const config = await configOf(name, 'production');
    expect(config.output?.path).toBe(join(mfesDir, name, 'dist'));
    // A remote's chunks resolve against its own URL, wherever the host runs; the host is served at /.
    expect(config.output?.publicPath).toBe(name === 'host' ? '/' : 'auto');
    expect(config.entry).toEqual({ main: './src/index.ts' });
    expect(config.devtool).toBe('source-map');
    expect(config.optimization?.minimize).toBe(true);
    const html = (config.plugins ?? []).find((p) => p instanceof HtmlWebpackPlugin);
    expect(html?.userOptions.publicPath).toBe(assetsPath(registryName));
  });

  it('serves in development on its registry port under its assets path', async () => {
    const { devServer } = await configOf(name, 'development');
    expect(devServer.port).toBe(mfe(registryName).devPort);
    expect(devServer.devMiddleware?.publicPath).toBe(assetsPath(registryName));
    expect(devServer.historyApiFallback).toEqual({ index: `${assetsPath(registryName)}index.html` });
    if (name === 'host') expect(devServer.headers).toBeUndefined();
    else expect(devServer.headers).toEqual({ 'Access-Control-Allow-Origin': '*' });
  });
});

describe('the dev servers runtime configuration', () => {
  it('gives the host every remote that has a folder, at its own dev server, and the API origin', () => {
    const config = devRuntimeConfig('host', mfesDir, { API_ORIGIN: 'http://localhost:9000' });
    expect(config.apiOrigin).toBe('http://localhost:9000');
    expect(config.remotes.products).toEqual({
      name: 'mfe_products',
      entry: `http://localhost:${mfe('products').devPort}/mfe/products/mf-manifest.json`,
      route: '/products',
    });
    expect(Object.keys(config.remotes).sort()).toEqual(folders.filter((f) => f !== 'host').sort());
  });

  it('can point the host at the built remotes of `make up` instead', () => {
    const config = devRuntimeConfig('host', mfesDir, { REMOTES_ORIGIN: 'http://localhost:8100' });
    expect(config.remotes.products?.entry).toBe('http://localhost:8100/mfe/products/mf-manifest.json');
    expect(config.apiOrigin).toBe('http://localhost:8100');
  });

  it('runs a remote standalone, without remotes', () => {
    expect(devRuntimeConfig('products', mfesDir, {})).toEqual({
      environment: 'standalone',
      apiOrigin: 'http://localhost:8100',
      remotes: {},
    });
  });
});
