/**
 * The content MFE on its own (its dev server, or its built index.html): the home page at '/' and the
 * same App the host loads under /pages, inside a router of its own, with the shell's design tokens and
 * the API origin from runtime config.
 */
import '@emporium/design-tokens/tokens.css';
import '@emporium/design-tokens/base.css';
import { configureApi, fetchRuntimeConfig } from '@emporium/api';
import { mfe } from '@emporium/registry';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router';
import App from './App.tsx';
import HomePage from './home/HomePage.tsx';
import { StandaloneFrame } from './StandaloneFrame.tsx';

const route = mfe('content').route;

try {
  configureApi({ apiOrigin: (await fetchRuntimeConfig()).apiOrigin });
} catch (error) {
  // Same origin is the best guess; the page shows API errors with a retry if it is wrong.
  console.warn('No runtime configuration; calling the API on this origin:', error);
}

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <BrowserRouter>
      <StandaloneFrame>
        <Routes>
          <Route index element={<HomePage />} />
          <Route path={`${route}/*`} element={<App />} />
          <Route path="*" element={<Navigate to="/" replace />} />
        </Routes>
      </StandaloneFrame>
    </BrowserRouter>
  </StrictMode>,
);
