/**
 * The shell's routes: home (the content MFE's, with the shell's shop front as fallback), one route per
 * remote in the registry (every remote has its place, deployed or not), and a not-found page.
 */
import type { RuntimeConfig } from '@emporium/api';
import { type RemoteName, remotes } from '@emporium/registry';
import { BrowserRouter, Route, Routes } from 'react-router';
import type { NavItem } from './layout/Header.tsx';
import { Layout } from './layout/Layout.tsx';
import { Home } from './pages/Home.tsx';
import { NotFound } from './pages/NotFound.tsx';
import { RemoteSlot } from './remotes/RemoteSlot.tsx';

/** The header's main links; the bag, orders and account are in the header's own corner. */
const mainLinks: Partial<Record<RemoteName, string>> = { products: 'All products', support: 'Help' };

export function App({ config }: { config: RuntimeConfig }) {
  // Links only to what is deployed here; the routes exist regardless and fall back when a remote is missing.
  const nav: NavItem[] = remotes().flatMap((remote) => {
    const label = mainLinks[remote.name];
    return label && config.remotes[remote.name] ? [{ label, to: remote.route }] : [];
  });
  return (
    <BrowserRouter>
      <Routes>
        <Route element={<Layout nav={nav} environment={config.environment} />}>
          <Route index element={<Home />} />
          {remotes().map((remote) => (
            <Route
              key={remote.name}
              path={`${remote.route}/*`}
              // Keyed by remote: going from one remote's route to another's must mount a new slot, not
              // hand the old slot (its remote config and loaded view) a new name.
              element={<RemoteSlot key={remote.name} remote={remote.name} />}
            />
          ))}
          <Route path="*" element={<NotFound />} />
        </Route>
      </Routes>
    </BrowserRouter>
  );
}
