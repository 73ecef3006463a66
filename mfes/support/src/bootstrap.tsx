/**
 * The support MFE on its own (its dev server, or its built index.html): the same App the host loads,
 * inside a router of its own, with the shell's design tokens, the API origin from runtime config and the
 * session restored from the refresh cookie (as the host does), so signed-in pages work here too.
 */
import '@emporium/design-tokens/tokens.css';
import '@emporium/design-tokens/base.css';
import { configureApi, fetchRuntimeConfig, restoreSession } from '@emporium/api';
import { mfe } from '@emporium/registry';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router';
import App from './App.tsx';
import { StandaloneFrame } from './StandaloneFrame.tsx';

const route = mfe('support').route;

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
      <Routes>
        <Route
          path={`${route}/*`}
          element={
            <StandaloneFrame>
              <App />
            </StandaloneFrame>
          }
        />
        <Route path="*" element={<Navigate to={route} replace />} />
      </Routes>
    </BrowserRouter>
  </StrictMode>,
);
