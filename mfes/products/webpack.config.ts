import { mfeWebpackConfig } from '@emporium/mf-config';

export default (_env: unknown, argv: { mode?: 'production' | 'development' }) =>
  mfeWebpackConfig({
    mfe: 'products',
    dir: import.meta.dirname,
    mode: argv.mode ?? 'production',
    title: 'Products · Emporium',
    // Routes relative to where the host mounts it (/products): the listing and the product page.
    exposes: { './App': './src/App.tsx' },
  });
