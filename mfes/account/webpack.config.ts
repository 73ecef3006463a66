import { mfeWebpackConfig } from '@emporium/mf-config';

export default (_env: unknown, argv: { mode?: 'production' | 'development' }) =>
  mfeWebpackConfig({
    mfe: 'account',
    dir: import.meta.dirname,
    mode: argv.mode ?? 'production',
    title: 'Your account · Emporium',
    // Routes relative to where the host mounts it (/account): profile, addresses and wishlist.
    exposes: { './App': './src/App.tsx' },
  });
