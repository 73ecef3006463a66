/**
 * The shell's routes: home, one route per remote in the registry (every remote has its place, deployed
 * or not), and a not-found page for everything else.
 */
import type { RuntimeConfig } from '@emporium/api';
import { remotes } from '@emporium/registry';
import { BrowserRouter, Route, Routes } from 'react-router';
import type { NavItem } from './layout/Header.tsx';
import { Layout } from './layout/Layout.tsx';
import { Home } from './pages/Home.tsx';
import { NotFound } from './pages/NotFound.tsx';
import { RemoteSlot } from './remotes/RemoteSlot.tsx';

const label = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);

export function App({ config }: { config: RuntimeConfig }) {
  // Links only to what is deployed here; the routes exist regardless and fall back when a remote is missing.
  const nav: NavItem[] = remotes()
    .filter((remote) => config.remotes[remote.name])
    .map((remote) => ({ label: label(remote.name), to: remote.route }));
  return (
    <BrowserRouter>
      <Routes>
        <Route element={<Layout nav={nav} environment={config.environment} />}>
          <Route index element={<Home />} />
          {remotes().map((remote) => (
            <Route
              key={remote.name}
              path={`${remote.route}/*`}
              element={<RemoteSlot remote={remote.name} />}
            />
          ))}
          <Route path="*" element={<NotFound />} />
        </Route>
      </Routes>
    </BrowserRouter>
  );
}
