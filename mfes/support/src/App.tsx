/**
 * What the support MFE exposes as `./App`: its routes, relative to wherever it is mounted (/support in the
 * host and standalone). The help center is open to everyone; tickets are a signed-in customer's.
 */
import { RequireCustomer } from '@emporium/ui';
import { Outlet, Route, Routes } from 'react-router';
import { HelpCenterPage } from './help/HelpCenterPage.tsx';
import { paths } from './paths.ts';
import { TicketPage } from './ticket/TicketPage.tsx';
import { NewTicketPage } from './tickets/NewTicketPage.tsx';
import { TicketsPage } from './tickets/TicketsPage.tsx';
import { NotFound } from './ui/NotFound.tsx';

export default function App() {
  return (
    <Routes>
      <Route index element={<HelpCenterPage />} />
      <Route
        path="tickets"
        element={
          <RequireCustomer
            title="Support tickets"
            heading="Sign in to contact support"
            why="Your support tickets and our replies are kept in your account."
            alternative={{ to: paths.help, label: 'Search the help center instead' }}
          >
            <Outlet />
          </RequireCustomer>
        }
      >
        <Route index element={<TicketsPage />} />
        <Route path="new" element={<NewTicketPage />} />
        <Route path=":ticketId" element={<TicketPage />} />
      </Route>
      <Route path="*" element={<NotFound />} />
    </Routes>
  );
}
