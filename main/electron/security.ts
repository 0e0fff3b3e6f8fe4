import type { Session, WebContents } from 'electron';
import { shell } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../services/csp';

/** Links the app may open in the user's browser; everything else is refused. */
export const EXTERNAL_ALLOWLIST = [
  'https://pve.proxmox.com/',
  'https://docs.ceph.com/',
  'https://github.com/',
];

export const APP_SCHEME = 'clusterwire';
export const APP_ORIGIN = `${APP_SCHEME}://app`;

export { CONTENT_SECURITY_POLICY };

export function isAllowedExternal(url: string): boolean {
  try {
    const parsed = new URL(url);
    return (
      parsed.protocol === 'https:' && EXTERNAL_ALLOWLIST.some((prefix) => url.startsWith(prefix))
    );
  } catch {
    return false;
  }
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
