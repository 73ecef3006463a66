/**
 * What the orders MFE exposes as `./App`: its routes, relative to wherever it is mounted (/orders in the
 * host and standalone): the history and one order. Both are a signed-in customer's.
 */
import { Route, Routes } from 'react-router';
import { OrdersPage } from './history/OrdersPage.tsx';
import { OrderPage } from './order/OrderPage.tsx';
import { RequireCustomer } from './ui/RequireCustomer.tsx';

export default function App() {
  return (
    <RequireCustomer>
      <Routes>
        <Route index element={<OrdersPage />} />
        <Route path=":orderId" element={<OrderPage />} />
      </Routes>
    </RequireCustomer>
  );
}
