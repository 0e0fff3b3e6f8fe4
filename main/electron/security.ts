import type { Session, WebContents } from 'electron';
import { shell } from 'electron';
import { RULES } from '../../shared/rules';
import { PRODUCT_URL } from '../../shared/version';
import { CONTENT_SECURITY_POLICY } from '../services/csp';

/**
 * Where links may lead in the user's browser: the project's own home (PRODUCT_URL, when it has
 * one) and the documentation paths rule sources cite, each an https origin plus a path prefix
 * that ends at a path segment. Nothing else on those hosts (GitHub repositories, other sites on a
 * docs host) is allowed.
 */
export const EXTERNAL_ALLOWLIST: readonly string[] = [
  ...(PRODUCT_URL !== undefined ? [`${PRODUCT_URL}/`] : []),
  'https://pve.proxmox.com/pve-docs/',
  'https://pve.proxmox.com/wiki/',
  'https://docs.ceph.com/en/',
];

/** The exact documents rule sources name (docs/rules.md), so a source link can be opened. */
const RULE_SOURCE_URLS: ReadonlySet<string> = new Set(
  RULES.flatMap((r) => r.source.match(/https:\/\/[^\s,;)]+/g) ?? []),
);

export const APP_SCHEME = 'clusterwire';
export const APP_ORIGIN = `${APP_SCHEME}://app`;

export { CONTENT_SECURITY_POLICY };

/**
 * True for an https link to an allowlisted path or to a document a rule cites. Judged on the
 * parsed URL (so `..`, `%2e%2e`, user info, ports and look-alike hosts cannot pass).
 */
export function isAllowedExternal(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'https:' || parsed.username || parsed.password || parsed.port)
    return false;
  const where = `${parsed.origin}${parsed.pathname}`;
  if (RULE_SOURCE_URLS.has(`${where}${parsed.hash}`) || RULE_SOURCE_URLS.has(where)) return true;
  return EXTERNAL_ALLOWLIST.some((prefix) => where.startsWith(prefix) || `${where}/` === prefix);
}

/** Deny every permission (camera, notifications, geolocation...): a design tool needs none. */
export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

/** No navigation away from the app, no new windows; allowlisted https links open externally. */
export function hardenContents(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (!url.startsWith(`${APP_ORIGIN}/`)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!url.startsWith(`${APP_ORIGIN}/`)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isAllowedExternal(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
}
