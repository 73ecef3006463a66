/**
 * The module the one-bundle build generates (bench/src/frontend/one-bundle.webpack.ts) and aliases to this
 * name: one dynamic import() per exposed remote module, keyed by the id the host's loader asks for.
 */
declare module 'emporium-one-bundle/exposed-views' {
  export const exposedViews: Record<string, () => Promise<{ default?: unknown }>>;
}
