/**
 * What the orders MFE exposes as `./App`: its routes, relative to wherever it is mounted (/orders in the
 * host and standalone): the history and one order. Both are a signed-in customer's.
 */
import { RequireCustomer } from '@emporium/ui';
import { Route, Routes } from 'react-router';
import { OrdersPage } from './history/OrdersPage.tsx';
import { OrderPage } from './order/OrderPage.tsx';

export default function App() {
  return (
    <RequireCustomer
      title="Your orders"
      heading="Sign in to see your orders"
      why="Your order history, tracking and cancellations are in your account."
    >
      <Routes>
        <Route index element={<OrdersPage />} />
        <Route path=":orderId" element={<OrderPage />} />
      </Routes>
    </RequireCustomer>
  );
}
