import { NetworkRole, Network as NetworkSchema } from '../../../../shared/model';
import type { Network } from '../../../../shared/model';
import { Field, Select, numberOrUndefined } from '../../state/Field';
import { GatewayField } from './GenerationFields';
import { useEditById } from './useEditById';

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
    </div>
  );
}
