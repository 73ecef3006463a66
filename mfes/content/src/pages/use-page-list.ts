import { contentApi } from '@emporium/api';
import { useLoad } from '@emporium/ui';

/** Every published page (slug, title, summary), for the index and the "more information" list. */
export function usePageList() {
  return useLoad((signal) => contentApi.listPages({ signal }), 'pages');
}
