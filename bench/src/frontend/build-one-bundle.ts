/** Runs the one-bundle build (one-bundle.webpack.ts) through webpack's Node API and fails loudly on errors. */
import webpack from 'webpack';
import { oneBundleConfig } from './one-bundle.webpack.ts';

export async function buildOneBundle(options: {
  repoRoot: string;
  outDir: string;
}): Promise<{ seconds: number }> {
  const started = performance.now();
  const compiler = webpack(await oneBundleConfig(options));
  const stats = await new Promise<webpack.Stats>((resolve, reject) =>
    compiler.run((error, result) =>
      error || !result ? reject(error ?? new Error('no stats')) : resolve(result),
    ),
  );
  await new Promise<void>((resolve) => compiler.close(() => resolve()));
  if (stats.hasErrors()) throw new Error(`the one-bundle build failed:\n${stats.toString('errors-only')}`);
  if (stats.hasWarnings()) process.stdout.write(`${stats.toString('errors-warnings')}\n`);
  return { seconds: (performance.now() - started) / 1000 };
}
