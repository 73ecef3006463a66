/**
 * What the account MFE exposes as `./App`: its routes, relative to wherever it is mounted (/account in
 * the host and standalone): the profile, the address book and the wishlist, for signed-in shoppers.
 */
import { Route, Routes } from 'react-router';
import { AccountLayout } from './AccountLayout.tsx';
import { AddressesPage } from './addresses/AddressesPage.tsx';
import { ProfilePage } from './profile/ProfilePage.tsx';
import { WishlistPage } from './wishlist/WishlistPage.tsx';

export default function App() {
  return (
    <Routes>
      <Route element={<AccountLayout />}>
        <Route index element={<ProfilePage />} />
        <Route path="addresses" element={<AddressesPage />} />
        <Route path="wishlist" element={<WishlistPage />} />
        <Route path="*" element={<ProfilePage />} />
      </Route>
    </Routes>
  );
}
