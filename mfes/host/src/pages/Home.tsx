/**
 * The home page is the content MFE's (`./Home`: banners and CMS blocks); if it cannot be loaded, the
 * shell's own shop front takes its place, so the first page a shopper sees never shows an error.
 */
import { RemoteSlot } from '../remotes/RemoteSlot.tsx';
import { ShopFront } from './ShopFront.tsx';

export function Home() {
  return <RemoteSlot remote="content" view="./Home" fallback={() => <ShopFront />} />;
}
