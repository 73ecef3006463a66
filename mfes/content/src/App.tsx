/**
 * What the content MFE exposes as `./App`: its routes, relative to wherever it is mounted (/pages in the
 * host and standalone): the list of pages, the FAQs, and one CMS page per slug.
 */
import { Route, Routes } from 'react-router';
import { FaqPage } from './faqs/FaqPage.tsx';
import { CmsPage } from './pages/CmsPage.tsx';
import { PageIndex } from './pages/PageIndex.tsx';
import { faqPath } from './paths.ts';

export default function App() {
  return (
    <Routes>
      <Route index element={<PageIndex />} />
      <Route path={faqPath} element={<FaqPage />} />
      <Route path=":slug" element={<CmsPage />} />
    </Routes>
  );
}
