/**
 * A micro frontend on its own (its dev server, or its built index.html): the same App the host loads,
 * inside a router of its own, with the shell's design tokens, the API origin from runtime config and the
 * session restored from the refresh cookie, as the host does, so signed-in pages work here too.
 *
 * Only the remotes' bootstrap files import this (via `@emporium/ui/standalone`); what the host loads
 * (`./App`) never does, so react-dom/client and the router set-up stay out of the exposed modules.
 */
import '@emporium/design-tokens/tokens.css';
import '@emporium/design-tokens/base.css';
import { configureApi, fetchRuntimeConfig, restoreSession } from '@emporium/api';
import { type MfeName, mfe } from '@emporium/registry';
import { type ReactNode, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router';
import { StandaloneFrame } from './StandaloneFrame.tsx';

export interface StandaloneOptions {
  /** The registry's name of this micro frontend: its route is where App is mounted. */
  name: MfeName;
  /** What the host mounts under the route (the exposed ./App). */
  app: ReactNode;
  /** What '/' shows; by default it redirects to the route. */
  index?: ReactNode;
}

export async function startStandalone({ name, app, index }: StandaloneOptions): Promise<void> {
  const route = mfe(name).route;
  try {
    configureApi({ apiOrigin: (await fetchRuntimeConfig()).apiOrigin, userType: 'customer' });
  } catch (error) {
    // Same origin is the best guess; the page shows API errors with a retry if it is wrong.
    console.warn('No runtime configuration; calling the API on this origin:', error);
  }
  // Not awaited: the page renders at once and signed-in parts wait for useSessionResolved().
  void restoreSession();

  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element');
  createRoot(root).render(
    <StrictMode>
      <BrowserRouter>
        <StandaloneFrame name={name}>
          <Routes>
            {index && <Route index element={index} />}
            <Route path={`${route}/*`} element={app} />
            <Route path="*" element={<Navigate to={index ? '/' : route} replace />} />
          </Routes>
        </StandaloneFrame>
      </BrowserRouter>
    </StrictMode>,
  );
}
