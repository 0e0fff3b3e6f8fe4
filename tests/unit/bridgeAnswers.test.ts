import { describe, expect, it } from 'vitest';
import { BridgeCallError, createBridge } from '../../shared/ipc';
import type { RawInvoke } from '../../shared/ipc';
import { template } from '../support/designs';

/** A bridge whose transport answers every call with `value`. */
const answering = (value: unknown) => {
  const invoke: RawInvoke = () => Promise.resolve({ ok: true, value });
  return createBridge(invoke);
};

const opened = {
  path: '/designs/a.clusterwire',
  design: template(),
  stamp: { size: 10, mtimeMs: 1, sha256: 'a'.repeat(64) },
  catalogWarnings: [],
};

describe('the renderer checks the answers it gets', () => {
  it('refuses an answer that does not match the contract, naming the call', async () => {
    await expect(answering([1, 2]).listRecent({})).rejects.toThrow(
      /listRecent: reply does not match the contract/,
    );
    await expect(answering({ nonsense: true }).info({})).rejects.toBeInstanceOf(BridgeCallError);
  });

  it('refuses a malformed envelope', async () => {
    const bridge = createBridge(() => Promise.resolve('not an envelope'));
    await expect(bridge.listRecent({})).rejects.toThrow(/listRecent: malformed reply/);
  });

  it('checks all of an open answer but the design the main side read through the same schema', async () => {
    const answer = await answering(opened).open({ path: opened.path });
    expect(answer).toEqual(opened);
    // The rest of the answer is checked: a broken stamp is refused.
    await expect(
      answering({ ...opened, stamp: { size: 'ten' } }).open({ path: opened.path }),
    ).rejects.toThrow(/open: reply does not match the contract/);
    // A design must still be an object.
    await expect(answering({ ...opened, design: 'x' }).open({ path: opened.path })).rejects.toThrow(
      /open: reply does not match the contract/,
    );
  });

  it('checks a design built on the main side in code (a template) in full', async () => {
    const broken = { ...template(), devices: [{ id: 'x' }] };
    await expect(answering({ design: broken }).newDesign({ template: 'x' })).rejects.toThrow(
      /newDesign: reply does not match the contract/,
    );
    await expect(answering({ design: template() }).newDesign({ template: 'x' })).resolves.toEqual({
      design: template(),
    });
  });
});
