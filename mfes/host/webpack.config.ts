import { mfeWebpackConfig } from '@emporium/mf-config';

export default (_env: unknown, argv: { mode?: 'production' | 'development' }) =>
  mfeWebpackConfig({
    mfe: 'host',
    dir: import.meta.dirname,
    mode: argv.mode ?? 'production',
    title: 'Emporium',
    // Bounds how long a remote's manifest and entry may take, so a hanging remote falls back quickly.
    runtimePlugins: [`${import.meta.dirname}/src/federation/load-timeout-plugin.ts`],
  });
