/**
 * What the auth MFE exposes as `./App`: its routes, relative to wherever it is mounted (/auth in the host
 * and standalone). Every page that signs in goes back to `returnTo` afterwards.
 */
import { Navigate, Route, Routes, useLocation } from 'react-router';
import { LoginPage } from './login/LoginPage.tsx';
import { LogoutPage } from './logout/LogoutPage.tsx';
import { SignupPage } from './signup/SignupPage.tsx';

export default function App() {
  return (
    <Routes>
      <Route index element={<ToLogin />} />
      <Route path="login" element={<LoginPage />} />
      <Route path="signup" element={<SignupPage />} />
      <Route path="logout" element={<LogoutPage />} />
      <Route path="*" element={<ToLogin />} />
    </Routes>
  );
}

/** /auth and unknown paths under it lead to sign-in, keeping the query (returnTo). */
function ToLogin() {
  const { search } = useLocation();
  return <Navigate to={{ pathname: 'login', search }} replace relative="path" />;
}
