/**
 * The webpack configuration of any micro frontend, from its registry name, its folder and the mode.
 * Every MFE's webpack.config.ts is a call to this function, so builds cannot drift apart.
 */
import { dirname, join } from 'node:path';
import { assetsPath } from '@emporium/registry';
import { ModuleFederationPlugin } from '@module-federation/enhanced/webpack';
import { EsbuildPlugin } from 'esbuild-loader';
import type { Configuration, PathData } from 'webpack';
import type { Configuration as DevServerConfiguration } from 'webpack-dev-server';
import { devServer } from './dev-server.ts';
import { type FederationInput, federationOptions } from './federation.ts';
import { htmlPlugin } from './html.ts';
import { moduleRules } from './rules.ts';

export interface MfeConfigInput extends FederationInput {
  mode: 'production' | 'development';
  /** The page title of the MFE's index.html. */
  title: string;
}

/**
 * Entry chunks are named `[name].[contenthash].js`, through a function because of a webpack 5.111 +
 * @module-federation/enhanced 2.9.3 incompatibility (module-federation/core#5077): the federation runtime
 * module resolves its own chunk's filename while webpack is still hashing, before any content hash
 * exists, and 5.111 turned that into a build error. Before the hash exists we answer with the same path
 * without it (the runtime only needs the folder depth); once it exists, the hashed name is emitted.
 */
const entryFilename = (pathData: PathData) =>
  pathData.contentHash ||
  (pathData.chunk as { contentHash?: Record<string, string> } | undefined)?.contentHash?.javascript
    ? '[name].[contenthash].js'
    : '[name].js';

export type MfeWebpackConfig = Configuration & { devServer: DevServerConfiguration };

export function mfeWebpackConfig(input: MfeConfigInput): MfeWebpackConfig {
  const production = input.mode === 'production';
  const federation = federationOptions(input);
  const isHost = input.mfe === 'host';
  const hashed = production ? '[name].[contenthash].js' : '[name].js';
  return {
    mode: input.mode,
    context: input.dir,
    target: ['web', 'es2022'],
    // index.ts is only `import('./bootstrap')`: the async boundary where shared modules are negotiated.
    entry: { main: './src/index.ts' },
    output: {
      path: join(input.dir, 'dist'),
      // A remote resolves its chunks against its own script URL, so a host on any origin can load it.
      publicPath: isHost ? '/' : 'auto',
      filename: production ? entryFilename : '[name].js',
      chunkFilename: hashed,
      uniqueName: federation.name,
      clean: true,
    },
    devtool: production ? 'source-map' : 'eval-cheap-module-source-map',
    resolve: { extensions: ['.tsx', '.ts', '.mjs', '.js'] },
    module: { rules: moduleRules({ production, classSalt: federation.name }) },
    plugins: [
      new ModuleFederationPlugin(federation),
      htmlPlugin({ title: input.title, publicPath: assetsPath(input.mfe) }),
    ],
    optimization: {
      minimize: production,
      // `format` stays unset: esbuild-loader would otherwise wrap every asset in an IIFE for web targets,
      // which turns remoteEntry.js's global (`var mfe_products`) into a local, so no host could find it.
      minimizer: [new EsbuildPlugin({ target: 'es2022', css: true, format: undefined })],
    },
    // react-dom and react-router are each near webpack's 244 KB hint on their own; as shared singletons they
    // load once per page whatever the hint says, so it would only be noise in every build.
    performance: { hints: false },
    // One line per build (plus any warning or error): `make up` and `make test` build every MFE.
    stats: 'minimal',
    devServer: devServer(input.mfe, dirname(input.dir)),
  };
}
