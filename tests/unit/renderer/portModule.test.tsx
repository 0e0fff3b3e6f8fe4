// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it, vi } from 'vitest';
import { template } from '../../support/designs';

// The port inspector offers a BASE-T module only where one fits: an SFP, SFP+ or SFP28 cage.

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
vi.mock('../../../renderer/src/state/bridge', () => ({ bridge: {} }));
const { PortConfigInspector } =
  await import('../../../renderer/src/editor/inspector/PortConfigInspector');

async function moduleOffered(hostname: string, port: string): Promise<boolean> {
  const device = template().devices.find((d) => d.hostname === hostname)!;
  const host = document.createElement('div');
  const root = createRoot(host);
  await act(async () => root.render(<PortConfigInspector device={device} portNames={[port]} />));
  const offered = host.textContent?.includes('BASE-T (RJ45) module') ?? false;
  await act(async () => root.unmount());
  return offered;
}

describe('the port inspector', () => {
  it('offers a BASE-T module in an SFP28 cage', async () => {
    expect(await moduleOffered('core-01', 'swp1')).toBe(true);
  });

  it('offers none in a QSFP28 cage or an RJ45 jack', async () => {
    expect(await moduleOffered('core-01', 'swp21')).toBe(false);
    expect(await moduleOffered('pve-01', 'eno1')).toBe(false);
  });
});
