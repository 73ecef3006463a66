/**
 * The dev server of one MFE, on its registry port and under its assets path, like the gateway serves the
 * build. It also answers /runtime-config.json, so the app starts exactly as it does when deployed:
 *  - the host gets every remote that has a folder in mfes/, at that remote's own dev server
 *    (REMOTES_ORIGIN, for example http://localhost:8100, points them at the built remotes of `make up`);
 *  - a remote gets no remotes: it runs standalone.
 * The API origin is API_ORIGIN (default: the gateway of `make up`).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import {
  assetsPath,
  localGateway,
  type MfeName,
  mfe,
  type RemoteName,
  type RuntimeConfig,
  remoteMap,
} from '@emporium/registry';
import type { Configuration as DevServerConfiguration } from 'webpack-dev-server';

export function devRuntimeConfig(name: MfeName, mfesDir: string, env = process.env): RuntimeConfig {
  const apiOrigin = env.API_ORIGIN ?? `http://localhost:${localGateway.port}`;
  if (name !== 'host') return { environment: 'standalone', apiOrigin, remotes: {} };
  const origin = (remote: RemoteName) => env.REMOTES_ORIGIN ?? `http://localhost:${mfe(remote).devPort}`;
  const all = remoteMap(origin);
  const remotes: RuntimeConfig['remotes'] = {};
  for (const remote of Object.keys(all) as RemoteName[]) {
    if (existsSync(join(mfesDir, remote, 'package.json'))) remotes[remote] = all[remote];
  }
  return { environment: 'development', apiOrigin, remotes };
}

export function devServer(name: MfeName, mfesDir: string): DevServerConfiguration {
  const publicPath = assetsPath(name);
  const { devPort } = mfe(name);
  return {
    port: devPort,
    // Serve the compiled assets under the same path as in production; nothing else from disk.
    devMiddleware: { publicPath },
    static: false,
    // Pages (/, /products/p-1) get index.html; the app's router takes it from there.
    historyApiFallback: { index: `${publicPath}index.html` },
    // A host on another origin loads this remote's manifest and chunks.
    ...(name === 'host' ? {} : { headers: { 'Access-Control-Allow-Origin': '*' } }),
    hot: false,
    liveReload: true,
    // The reload socket is on this server even when the remote's code runs in the host's page.
    client: { overlay: { warnings: false }, webSocketURL: `ws://localhost:${devPort}/ws` },
    setupMiddlewares: (middlewares) => {
      middlewares.unshift({
        name: 'runtime-config',
        path: '/runtime-config.json',
        middleware: (_req: unknown, res: import('node:http').ServerResponse) => {
          res.setHeader('content-type', 'application/json');
          res.setHeader('cache-control', 'no-store');
          res.end(JSON.stringify(devRuntimeConfig(name, mfesDir)));
        },
      });
      return middlewares;
    },
  };
}
