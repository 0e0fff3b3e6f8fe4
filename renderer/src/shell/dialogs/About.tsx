import { VERSION } from '../../../../shared/version';
import { useUi } from '../../state/ui';
import type { Modal } from '../../state/ui';
import { Buttons, Dialog } from './Dialog';

export function About({ modal }: { modal: Extract<Modal, { kind: 'about' }> }) {
  const info = useUi((s) => s.info);
  return (
    <Dialog title="About ClusterWire" onCancel={() => modal.resolve()} testId="about">
      <p>
        ClusterWire {VERSION}: design and validate the physical network of Proxmox VE
        hyper-converged clusters.
      </p>
      <p className="cw-muted">
        {info?.transport === 'http' ? 'Serve mode (loopback only)' : 'Desktop app'} ·{' '}
        {info?.platform} · MIT licence
      </p>
      <Buttons>
        <button type="button" className="cw-primary" onClick={() => modal.resolve()}>
          OK
        </button>
      </Buttons>
    </Dialog>
  );
}
