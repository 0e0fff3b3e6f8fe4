import { z } from 'zod';
import { modelPlatform } from '../../../../shared/generate/switches';
import {
  HashPolicy,
  HostBridge,
  Lag as LagSchema,
  MlagPair as PairSchema,
} from '../../../../shared/model';
import type {
  Design,
  Device,
  Lag,
  MlagPair,
  Network,
  SwitchPlatform,
} from '../../../../shared/model';
import { useCatalog } from '../../state/catalog';
import { Field, Select, numberOrUndefined } from '../../state/Field';
import { useEditById } from './useEditById';

/**
 * The facts `Generate Configuration` needs beyond what validation reads: each a small field
 * group placed beside the object it belongs to. Every change is one undo step (useEditById).
 */

const optionalText = (t: string) => (t.trim() === '' ? undefined : t.trim());

/** A bond's transmit hash policy and the switch-side port-channel number / MLAG id. */
export function LagGenerationFields({ lag }: { lag: Lag }) {
  const change = useEditById('lags', lag.id);
  return (
    <>
      <Select
        label="Hash policy"
        value={lag.hashPolicy ?? ''}
        options={[
          { value: '', label: '(generate: layer3+4)' },
          ...HashPolicy.options.map((p) => ({ value: p, label: p })),
        ]}
        onChange={(v) =>
          change((l) => (v === '' ? void delete l.hashPolicy : void (l.hashPolicy = v)))
        }
        testId="lag-hash-policy"
      />
      <Field
        key={`${lag.id}-channel`}
        label="Channel id"
        value={lag.channelId}
        schema={LagSchema.shape.channelId}
        parse={numberOrUndefined}
        placeholder="from the first member port"
        onCommit={(v) =>
          change((l) => (v === undefined ? void delete l.channelId : void (l.channelId = v)))
        }
        testId="lag-channel-id"
      />
    </>
  );
}

/** An MLAG pair's domain id, peer VLAN and peer-link SVI addresses (EOS), system MAC (Cumulus). */
export function MlagPairGenerationFields({ pair, design }: { pair: MlagPair; design: Design }) {
  const change = useEditById('mlagPairs', pair.id);
  const host = (i: 0 | 1) =>
    design.devices.find((d) => d.id === pair.switches[i])?.hostname ?? pair.switches[i];
  const setAddress = (i: 0 | 1) => (v: string | undefined) =>
    change((p) => {
      const next: [string, string] = p.peerAddresses ? [...p.peerAddresses] : ['', ''];
      next[i] = v ?? '';
      if (next[0] === '' && next[1] === '') delete p.peerAddresses;
      else p.peerAddresses = next;
    });
  return (
    <div className="cw-subsection" data-testid="mlag-generation">
      <Field
        key={`${pair.id}-domain`}
        label="MLAG domain id"
        value={pair.domainId}
        schema={PairSchema.shape.domainId}
        parse={optionalText}
        onCommit={(v) =>
          change((p) => (v === undefined ? void delete p.domainId : void (p.domainId = v)))
        }
        testId="mlag-domain-id"
      />
      <Field
        key={`${pair.id}-peer-vlan`}
        label="Peer VLAN"
        value={pair.peerVlan}
        schema={PairSchema.shape.peerVlan}
        parse={numberOrUndefined}
        placeholder="4094"
        onCommit={(v) =>
          change((p) => (v === undefined ? void delete p.peerVlan : void (p.peerVlan = v)))
        }
      />
      {([0, 1] as const).map((i) => (
        <Field
          key={`${pair.id}-peer-${i}`}
          label={`Peer address, ${host(i)}`}
          value={pair.peerAddresses?.[i] || undefined}
          schema={z.string().optional()}
          parse={optionalText}
          placeholder={`10.255.252.${i}/31`}
          onCommit={setAddress(i)}
          testId={`mlag-peer-address-${i}`}
        />
      ))}
      <Field
        key={`${pair.id}-mac`}
        label="System MAC"
        value={pair.systemMac}
        schema={PairSchema.shape.systemMac}
        parse={optionalText}
        placeholder="44:38:39:ff:00:01"
        onCommit={(v) =>
          change((p) => (v === undefined ? void delete p.systemMac : void (p.systemMac = v)))
        }
        testId="mlag-system-mac"
      />
    </div>
  );
}

/** A PVE node's VLAN-aware bridge: its name and the bond or port it sits on. */
export function BridgeFields({ device, design }: { device: Device; design: Design }) {
  const change = useEditById('devices', device.id);
  const bonds = design.lags.filter((l) => l.members.every((m) => m.device === device.id));
  const uplinks = [
    ...bonds.map((l) => ({ value: `lag:${l.id}`, label: l.name })),
    ...device.ports
      .filter((p) => p.role === 'service' || p.role === 'mgmt')
      .map((p) => ({ value: `port:${p.name}`, label: p.name })),
  ];
  const bridge = device.bridge;
  const current = bridge
    ? bridge.lag !== undefined
      ? `lag:${bridge.lag}`
      : `port:${bridge.port}`
    : '';
  return (
    <div className="cw-subsection" data-testid="bridge-fields">
      <Select
        label="Bridge (vmbr) on"
        value={current}
        options={[{ value: '', label: '(no bridge)' }, ...uplinks]}
        onChange={(v) =>
          change((d) => {
            if (v === '') return void delete d.bridge;
            const name = d.bridge?.name ?? 'vmbr0';
            d.bridge = v.startsWith('lag:')
              ? { name, lag: v.slice(4) }
              : { name, port: v.slice(5) };
          })
        }
        testId="bridge-uplink"
      />
      {bridge ? (
        <Field
          key={`${device.id}-bridge-name`}
          label="Bridge name"
          value={bridge.name}
          schema={HostBridge.shape.name}
          onCommit={(v) => change((d) => void (d.bridge && (d.bridge.name = v)))}
          testId="bridge-name"
        />
      ) : null}
    </div>
  );
}

/** A network's gateway: a node's default route is its management network's. */
export function GatewayField({ network }: { network: Network }) {
  const change = useEditById('networks', network.id);
  return (
    <Field
      key={`${network.id}-gateway`}
      label="Gateway"
      value={network.gateway}
      schema={z.string().optional()}
      parse={optionalText}
      onCommit={(v) =>
        change((n) => (v === undefined ? void delete n.gateway : void (n.gateway = v)))
      }
      testId="network-gateway"
    />
  );
}

const PLATFORM_LABEL: Record<SwitchPlatform, string> = {
  eos: 'Arista EOS',
  nvue: 'NVIDIA Cumulus (NVUE)',
  none: 'none (port plan only)',
};

/**
 * A core switch's configuration language for Generate Configuration: its model's by default, or
 * one chosen for this device (a generic model names none; a model can run another OS).
 */
export function PlatformField({ device }: { device: Device }) {
  const change = useEditById('devices', device.id);
  const catalog = useCatalog((s) => s.catalog);
  const fromModel = modelPlatform(
    device,
    (id) => catalog.models.find((m) => m.id === id)?.platform,
  );
  return (
    <div className="cw-subsection" data-testid="platform-field">
      <Select<'' | SwitchPlatform>
        label="Platform"
        value={device.platform ?? ''}
        options={[
          {
            value: '',
            label: fromModel
              ? `from catalog model (${PLATFORM_LABEL[fromModel]})`
              : 'from catalog model (names none: as chosen in Generate)',
          },
          ...(['eos', 'nvue', 'none'] as const).map((p) => ({
            value: p,
            label: PLATFORM_LABEL[p],
          })),
        ]}
        onChange={(v) => change((d) => (v === '' ? void delete d.platform : void (d.platform = v)))}
        testId="device-platform"
      />
    </div>
  );
}
