import { mfeWebpackConfig } from '@emporium/mf-config';

export default (_env: unknown, argv: { mode?: 'production' | 'development' }) =>
  mfeWebpackConfig({
    mfe: 'auth',
    dir: import.meta.dirname,
    mode: argv.mode ?? 'production',
    title: 'Sign in · Emporium',
    // Routes relative to where the host mounts it (/auth): login, signup and logout.
    exposes: { './App': './src/App.tsx' },
  });
