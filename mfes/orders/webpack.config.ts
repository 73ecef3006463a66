import { mfeWebpackConfig } from '@emporium/mf-config';

export default (_env: unknown, argv: { mode?: 'production' | 'development' }) =>
  mfeWebpackConfig({
    mfe: 'orders',
    dir: import.meta.dirname,
    mode: argv.mode ?? 'production',
    title: 'Orders · Emporium',
    // Routes relative to where the host mounts it (/orders): order history, an order with its tracking.
    exposes: { './App': './src/App.tsx' },
  });
