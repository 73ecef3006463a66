import { mfeWebpackConfig } from '@emporium/mf-config';

export default (_env: unknown, argv: { mode?: 'production' | 'development' }) =>
  mfeWebpackConfig({
    mfe: 'support',
    dir: import.meta.dirname,
    mode: argv.mode ?? 'production',
    title: 'Help & support · Emporium',
    // Routes relative to where the host mounts it (/support): the help center and tickets.
    exposes: { './App': './src/App.tsx' },
  });
