/**
 * What the cart MFE exposes as `./App`: its routes, relative to wherever it is mounted (/cart in the host
 * and standalone): the bag, and checkout.
 */
import { Route, Routes } from 'react-router';
import { BagPage } from './bag/BagPage.tsx';
import { CheckoutPage } from './checkout/CheckoutPage.tsx';

export default function App() {
  return (
    <Routes>
      <Route index element={<BagPage />} />
      <Route path="checkout" element={<CheckoutPage />} />
    </Routes>
  );
}
