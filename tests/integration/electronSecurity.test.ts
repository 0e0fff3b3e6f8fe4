import { EventEmitter } from 'node:events';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const openExternal = vi.fn(async () => undefined);
vi.mock('electron', () => ({ shell: { openExternal } }));

const { APP_ORIGIN, CONTENT_SECURITY_POLICY, hardenContents, hardenSession, isAllowedExternal } =
  await import('../../main/electron/security');

class FakeContents extends EventEmitter {
  openHandler?: (details: { url: string }) => { action: string };
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
    this.openHandler = handler;
  }
}

function navigate(contents: FakeContents, event: string, url: string): boolean {
  let prevented = false;
  contents.emit(event, { preventDefault: () => (prevented = true) }, url);
  return prevented;
}

describe('Electron hardening (electron mocked)', () => {
  beforeEach(() => openExternal.mockClear());

  it('the CSP forbids eval and foreign origins', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
  });

  it('navigation outside the app origin is denied; inside is allowed', () => {
    const contents = new FakeContents();
    hardenContents(contents as never);
    expect(navigate(contents, 'will-navigate', 'https://evil.example/')).toBe(true);
    expect(navigate(contents, 'will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(navigate(contents, 'will-redirect', 'http://127.0.0.1:1/')).toBe(true);
    expect(navigate(contents, 'will-navigate', `${APP_ORIGIN}/index.html`)).toBe(false);
  });

  it('window.open is always denied; only allowlisted https links go to the browser', () => {
    const contents = new FakeContents();
    hardenContents(contents as never);
    expect(contents.openHandler!({ url: 'https://pve.proxmox.com/wiki/Cluster_Manager' })).toEqual({
      action: 'deny',
    });
    expect(openExternal).toHaveBeenCalledWith('https://pve.proxmox.com/wiki/Cluster_Manager');
    expect(contents.openHandler!({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    expect(contents.openHandler!({ url: 'http://pve.proxmox.com/' })).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledTimes(1);
    expect(isAllowedExternal('javascript:alert(1)')).toBe(false);
    expect(isAllowedExternal('https://pve.proxmox.com.evil.example/')).toBe(false);
  });

  it('external links: only documentation paths and cited documents', () => {
    const allowed = [
      'https://pve.proxmox.com/pve-docs/pve-admin-guide.html#chapter_pvecm',
      'https://pve.proxmox.com/wiki/Cluster_Manager',
      'https://docs.ceph.com/en/latest/rados/configuration/network-config-ref/',
      'https://www.rfc-editor.org/rfc/rfc5198#section-2',
      'https://www.w3.org/TR/xml/#charsets',
    ];
    for (const url of allowed) expect(isAllowedExternal(url), url).toBe(true);
    const refused = [
      // package.json declares no homepage, so no repository is the project's: none is allowed.
      'https://github.com/clusterwire/clusterwire',
      'https://github.com/clusterwire/clusterwire/issues/14',
      'https://github.com/',
      'https://github.com/evil/clusterwire',
      'https://github.com/clusterwire/clusterwire-evil',
      'https://github.com/clusterwire/clusterwire/../../evil/x',
      'https://github.com/clusterwire/clusterwire/%2e%2e/%2e%2e/evil/x',
      'https://github.com.evil.example/clusterwire/clusterwire',
      'https://user@github.com/clusterwire/clusterwire',
      'https://github.com:8443/clusterwire/clusterwire',
      'http://github.com/clusterwire/clusterwire',
      'https://pve.proxmox.com/',
      'https://pve.proxmox.com/pve-docs-evil/',
      'https://pve.proxmox.com/cgi-bin/x',
      'https://docs.ceph.com/',
      'https://www.rfc-editor.org/rfc/rfc9999',
      'https://www.w3.org/',
      'javascript:alert(1)',
      'not a url',
    ];
    for (const url of refused) expect(isAllowedExternal(url), url).toBe(false);
  });

  it('every permission request is denied', () => {
    const session = { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn() };
    hardenSession(session as never);
    const callback = vi.fn();
    session.setPermissionRequestHandler.mock.calls[0]![0]({}, 'media', callback);
    expect(callback).toHaveBeenCalledWith(false);
    expect(session.setPermissionCheckHandler.mock.calls[0]![0]()).toBe(false);
  });
});
