/**
 * Starts the shell: runtime configuration, the shared API client, the remotes, then React.
 * This module is behind the async boundary (index.ts), so shared modules are already negotiated.
 */
import '@emporium/design-tokens/tokens.css';
import '@emporium/design-tokens/base.css';
import { configureApi, fetchRuntimeConfig, type RuntimeConfig } from '@emporium/api';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { registerConfiguredRemotes } from './federation/remotes.ts';

async function runtimeConfig(): Promise<RuntimeConfig> {
  try {
    return await fetchRuntimeConfig();
  } catch (error) {
    // Without it the shell still renders (every remote slot shows its fallback, with a retry).
    console.warn('No runtime configuration; starting without remotes:', error);
    return { environment: 'unknown', apiOrigin: '', remotes: {} };
  }
}

const config = await runtimeConfig();
configureApi({ apiOrigin: config.apiOrigin });
registerConfiguredRemotes(config);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App config={config} />
  </StrictMode>,
);
