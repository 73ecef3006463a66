/**
 * Starts the shell: runtime configuration, the shared API client (and the session it restores from the
 * refresh cookie, in the background), the remotes, then React.
 * This module is behind the async boundary (index.ts), so shared modules are already negotiated.
 */
import '@emporium/design-tokens/tokens.css';
import '@emporium/design-tokens/base.css';
import { configureApi, fetchRuntimeConfig, type RuntimeConfig, restoreSession } from '@emporium/api';
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
// The storefront is the customer portal: its sign-in and refresh endpoints are the customer ones.
configureApi({ apiOrigin: config.apiOrigin, userType: 'customer' });
// Not awaited: the page renders at once; the header waits for the outcome (sessionResolved) and requests
// that need the session wait for it when they meet a 401.
void restoreSession();
registerConfiguredRemotes(config);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App config={config} />
  </StrictMode>,
);
