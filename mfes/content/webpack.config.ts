import { mfeWebpackConfig } from '@emporium/mf-config';

export default (_env: unknown, argv: { mode?: 'production' | 'development' }) =>
  mfeWebpackConfig({
    mfe: 'content',
    dir: import.meta.dirname,
    mode: argv.mode ?? 'production',
    title: 'Content · Emporium',
    exposes: {
      // Routes relative to where the host mounts it (/pages): CMS pages and the FAQs.
      './App': './src/App.tsx',
      // The storefront's home page, which the host renders at '/'.
      './Home': './src/home/HomePage.tsx',
    },
  });
