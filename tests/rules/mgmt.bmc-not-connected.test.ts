import { describe, it } from 'vitest';
import {
  expectFires,
  expectQuiet,
  expectTargets,
  portTarget,
  removeCable,
  template,
} from '../support/rules';

describe('mgmt.bmc-not-connected', () => {
  it('fires for a server whose BMC port has no cable', () => {
    const d = template();
    removeCable(d, d.cables.find((c) => c.a.device === 'node-2' && c.a.port === 'idrac')!.id);
    const [f] = expectFires(d, 'mgmt.bmc-not-connected', 'warning');
    expectTargets(f, [portTarget('node-2', 'idrac')]);
  });

  it('is quiet when every BMC is cabled', () => expectQuiet(template(), 'mgmt.bmc-not-connected'));
});
