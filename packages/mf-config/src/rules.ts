/**
 * How sources are compiled: TypeScript/TSX by esbuild (fast, no type checking: tsc does that in the gate),
 * CSS injected by style-loader so a remote brings its own styles into whatever page loads it.
 * `*.module.css` files are CSS Modules, salted with the federation name so two MFEs never share a class.
 */
import { createRequire } from 'node:module';
import type { RuleSetRule } from 'webpack';

// Loaders are this package's dependencies, not each MFE's: resolve them from here.
const resolve = createRequire(import.meta.url).resolve;

export function moduleRules(options: { production: boolean; classSalt: string }): RuleSetRule[] {
  return [
    {
      test: /\.[cm]?tsx?$/,
      exclude: /node_modules/,
      loader: resolve('esbuild-loader'),
      options: { loader: 'tsx', target: 'es2022', jsx: 'automatic' },
    },
    {
      test: /\.css$/,
      use: [
        resolve('style-loader'),
        {
          loader: resolve('css-loader'),
          options: {
            modules: {
              auto: true,
              namedExport: false,
              exportLocalsConvention: 'as-is',
              localIdentName: options.production ? '[hash:base64:7]' : '[name]__[local]--[hash:base64:4]',
              localIdentHashSalt: options.classSalt,
            },
          },
        },
      ],
    },
  ];
}
