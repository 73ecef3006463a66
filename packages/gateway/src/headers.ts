/**
 * Security headers on everything the gateway serves itself (services set their own on API responses),
 * and the Content-Security-Policy of the shop's pages.
 */
import type { RuntimeConfig } from '@emporium/registry';

export const securityHeaders: Record<string, string> = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
};

/**
 * Hosts product and content images may come from, besides the page's own origin. The seed catalog and
 * banners have none today (a test keeps this list in step with every image URL in the seed files).
 */
export const imageOrigins: readonly string[] = [];

/** The origin of an absolute URL; undefined for a relative one (which is the page's own origin). */
function originOf(url: string): string | undefined {
  if (!/^https?:\/\//i.test(url)) return undefined;
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
}

const unique = (values: (string | undefined)[]) => [
  ...new Set(values.filter((v): v is string => v !== undefined)),
];

/**
 * The policy for the host's pages, from the runtime configuration the page itself starts from:
 *  - scripts only from this origin and the remotes' origins (remoteEntry.js and chunks); no inline script,
 *    no eval (production builds use neither);
 *  - connections only to this origin, the API origin and the remotes' origins (the federation runtime
 *    fetches each remote's mf-manifest.json): a script that got in could not send data anywhere else;
 *  - styles from this origin and inline: every MFE's CSS modules are injected as <style> elements by
 *    style-loader (which is how a remote brings its styles into the host), and React's style attributes
 *    are inline styles too; a nonce would need a per-response page, and styles cannot run code;
 *  - images from this origin, data: URLs (the inline icon, SVG placeholders) and `imageOrigins`;
 *  - never framed (clickjacking), no plugins, no <base> from elsewhere, forms post only here.
 */
export function contentSecurityPolicy(config: Pick<RuntimeConfig, 'apiOrigin' | 'remotes'>): string {
  const remoteOrigins = unique(Object.values(config.remotes).map((remote) => originOf(remote?.entry ?? '')));
  const apiOrigin = originOf(config.apiOrigin);
  const directives: [string, string[]][] = [
    ['default-src', ["'self'"]],
    ['script-src', ["'self'", ...remoteOrigins]],
    ['connect-src', unique(["'self'", apiOrigin, ...remoteOrigins])],
    ['style-src', ["'self'", "'unsafe-inline'"]],
    ['img-src', ["'self'", 'data:', ...imageOrigins]],
    ['font-src', ["'self'"]],
    ['object-src', ["'none'"]],
    ['base-uri', ["'self'"]],
    ['form-action', ["'self'"]],
    ['frame-ancestors', ["'none'"]],
  ];
  return directives.map(([name, sources]) => `${name} ${sources.join(' ')}`).join('; ');
}

/** True for a response that is an HTML page (the only kind a policy applies to). */
export function isHtml(contentType: unknown): boolean {
  return typeof contentType === 'string' && /^\s*text\/html\b/i.test(contentType);
}
