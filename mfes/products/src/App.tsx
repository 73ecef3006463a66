/**
 * What the products MFE exposes as `./App`: its routes, relative to wherever it is mounted (/products in
 * the host and standalone). Rendered inside the host's router, which is shared as a singleton.
 */
import { Route, Routes } from 'react-router';
import { ListingPage } from './listing/ListingPage.tsx';
import { ProductPage } from './product/ProductPage.tsx';

export default function App() {
  return (
    <Routes>
      <Route index element={<ListingPage />} />
      <Route path=":productId" element={<ProductPage />} />
    </Routes>
  );
}
