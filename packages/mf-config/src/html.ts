/**
 * The page every MFE emits as index.html: for the host it is the shop; for a remote it is its standalone
 * page (its dev server and `createStandaloneServer`). A remote's scripts are referenced from its assets path
 * (not 'auto', which only works from a script), so a deep link such as /products/p-123 still loads them.
 */
import HtmlWebpackPlugin from 'html-webpack-plugin';

// An inline icon: no /favicon.ico request that 404s on every page.
const icon =
  "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 32 32'%3E%3Crect width='32' height='32' rx='8' fill='%23b4235a'/%3E%3Cpath d='M10 9h12v3h-8.5v3H21v3h-7.5v3H22v3H10z' fill='white'/%3E%3C/svg%3E";

const escapeHtml = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);

export function htmlPlugin(options: { title: string; publicPath: string }): HtmlWebpackPlugin {
  const title = escapeHtml(options.title);
  return new HtmlWebpackPlugin({
    publicPath: options.publicPath,
    // Only the app's own entry: the container entry (remoteEntry.js) is for hosts, not for this page.
    chunks: ['main'],
    scriptLoading: 'defer',
    inject: 'head',
    templateContent: `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="theme-color" content="#b4235a" />
    <meta name="description" content="Emporium: shop electronics, fashion, home and more." />
    <link rel="icon" href="${icon}" />
    <title>${title}</title>
  </head>
  <body>
    <div id="root"></div>
    <noscript>${title} needs JavaScript to run.</noscript>
  </body>
</html>
`,
  });
}
