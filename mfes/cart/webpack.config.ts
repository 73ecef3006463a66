import { mfeWebpackConfig } from '@emporium/mf-config';

export default (_env: unknown, argv: { mode?: 'production' | 'development' }) =>
  mfeWebpackConfig({
    mfe: 'cart',
    dir: import.meta.dirname,
    mode: argv.mode ?? 'production',
    title: 'Bag · Emporium',
    // Routes relative to where the host mounts it (/cart): the bag and checkout.
    exposes: { './App': './src/App.tsx' },
  });
