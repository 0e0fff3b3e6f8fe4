import { NetworkRole, Network as NetworkSchema, plural } from '../../../../shared/model';
import type { Network } from '../../../../shared/model';
import { networkUsage, removeNetwork } from '../../../../shared/edit';
import { useDocument } from '../../state/document';
import { Field, Select, numberOrUndefined } from '../../state/Field';
import { ask, useUi } from '../../state/ui';
import { GatewayField } from './GenerationFields';
import { useEditById } from './useEditById';

/**
 * Deletes a network after saying what goes with it: its attachments and keepalives always; its
 * VLAN on switch ports and LAGs only if the user says so. One undo step either way.
 */
async function deleteNetwork(network: Network): Promise<void> {
  const design = useDocument.getState().doc?.design;
  const usage = design ? networkUsage(design, network.id) : null;
  if (!usage) return;
  const effects = [
    usage.attachments > 0
      ? `${plural(usage.attachments, 'attachment')} on ${plural(usage.devices, 'device')} ${usage.attachments === 1 ? 'goes' : 'go'} with it`
      : 'no device uses it',
    ...(usage.keepalives > 0
      ? [
          `${plural(usage.keepalives, 'MLAG keepalive')} ${usage.keepalives === 1 ? 'loses its' : 'lose their'} network`,
        ]
      : []),
  ];
  const vlanNote =
    usage.vlanConfigs > 0
      ? ` VLAN ${usage.vlan} is allowed on ${plural(usage.vlanConfigs, 'switch port or LAG', 'switch ports or LAGs')}: remove it there too, or keep it?`
      : '';
  const buttons =
    usage.vlanConfigs > 0
      ? [`Delete and remove VLAN ${usage.vlan}`, `Delete, keep VLAN ${usage.vlan}`, 'Cancel']
      : ['Delete', 'Cancel'];
  const choice = await ask(
    `Delete network ${usage.name}?`,
    `${effects.join('; ')}.${vlanNote} Undo brings everything back.`,
    buttons,
  );
  if (choice === null || choice === buttons.length - 1) return;
  const dropVlan = usage.vlanConfigs > 0 && choice === 0;
  useDocument.getState().edit((d) => removeNetwork(d, network.id, { dropVlan }));
  useUi.getState().notify('info', `Deleted network ${usage.name} (Undo restores it)`);
}

const NETWORK_ROLE_OPTIONS = NetworkRole.options.map((r) => ({ value: r, label: r }));

/** One network of the design: name, role, VLAN, subnet, MTU, latency. */
export function NetworkRow({ network }: { network: Network }) {
  const change = useEditById('networks', network.id);
  const optional =
    <K extends 'vlan' | 'cidr' | 'latencyMs'>(key: K) =>
    (v: Network[K]) =>
      change((n) => (v === undefined ? void delete n[key] : void (n[key] = v)));
  return (
    <div className="cw-network" data-testid="network">
      <Field
        key={`${network.id}-name`}
        label="Name"
        value={network.name}
        schema={NetworkSchema.shape.name}
        onCommit={(v) => change((n) => void (n.name = v))}
      />
      <Select
        label="Role"
        value={network.role}
        options={NETWORK_ROLE_OPTIONS}
        onChange={(v) => change((n) => void (n.role = v))}
      />
      <Field
        key={`${network.id}-vlan`}
        label="VLAN"
        value={network.vlan}
        schema={NetworkSchema.shape.vlan}
        parse={numberOrUndefined}
        onCommit={optional('vlan')}
      />
      <Field
        key={`${network.id}-cidr`}
        label="CIDR"
        value={network.cidr}
        schema={NetworkSchema.shape.cidr}
        parse={(t) => (t.trim() === '' ? undefined : t.trim())}
        onCommit={optional('cidr')}
      />
      <GatewayField network={network} />
      <Field
        key={`${network.id}-mtu`}
        label="MTU"
        value={network.mtu}
        schema={NetworkSchema.shape.mtu.removeDefault()}
        parse={numberOrUndefined}
        onCommit={(v) => change((n) => void (n.mtu = v))}
      />
      <Field
        key={`${network.id}-latency`}
        label="Latency (ms)"
        value={network.latencyMs}
        schema={NetworkSchema.shape.latencyMs}
        parse={numberOrUndefined}
        onCommit={optional('latencyMs')}
      />
      <button
        type="button"
        className="cw-link"
        onClick={() => void deleteNetwork(network)}
        aria-label={`Delete network ${network.name}`}
        data-testid="delete-network"
      >
        Delete network
      </button>
    </div>
  );
}
