import { describe, expect, it } from 'vitest';
import { buildContext, validateContext } from '../../shared/rules';
import { portAt, releaseDerived } from '../../shared/topology';
import type { PortIndex, Topology } from '../../shared/topology';
import type { Design } from '../../shared/model';
import { portKey } from '../../shared/model';
import { addCable, cable, lag } from '../support/rules';
import { template } from '../support/designs';

const topologyOf = (d: Design): Topology => buildContext(d).topo;

/** A port by device id and port name; fails the test when it does not resolve. */
function portOf(topo: Topology, deviceId: string, name: string): PortIndex {
  const p = topo.findPort({ device: deviceId, port: name });
  expect(p, `${deviceId} ${name}`).toBeDefined();
  return p!;
}

/** `device#port`, as findings name the port. */
const keyOf = (topo: Topology, p: PortIndex) =>
  portKey({ device: topo.deviceOf(p).id, port: topo.portOf(p).name });

const label = (topo: Topology, p: PortIndex | undefined) =>
  p === undefined ? undefined : keyOf(topo, p);

describe('the topology', () => {
  it('answers the same after forgetting what the rules derived', () => {
    const d = template();
    const ctx = buildContext(d);
    validateContext(ctx);
    const { topo } = ctx;
    const snapshot = () => ({
      landings: topo.landings().map((l) => [l.hostPort, l.switchPort, l.network.id]),
      bonds: topo.hostBonds().map((b) => [b.lag.id, b.landed, [...b.cabled]]),
      cabled: d.devices.map((x) => [...topo.cabledPorts(x)]),
      links: d.devices.map((x) => topo.linksOf(x).map((l) => l.cable.id)),
      members: d.lags.map((l) => [...topo.membersOf(l)]),
      networks: d.devices.map((x) => topo.networksOn(x).map((n) => n.id)),
      portAt: d.devices.map((x) => x.ports.map((_, i) => portAt(topo, x, i))),
    });
    const before = snapshot();
    expect(before.landings.length).toBeGreaterThan(0);
    releaseDerived(topo);
    expect(snapshot()).toEqual(before);
  });

  it('reads a port index back as its device and port, and follows its cable', () => {
    const topo = topologyOf(template());
    const p = portOf(topo, 'node-1', 'ens1f0');
    expect(topo.deviceOf(p).id).toBe('node-1');
    expect(topo.portOf(p).name).toBe('ens1f0');
    expect(keyOf(topo, p)).toBe('node-1#ens1f0');
    expect(topo.isCabled(p)).toBe(true);
    expect(label(topo, topo.peerOf(p))).toBe('core-1#swp1');
    expect(topo.portSpeed(p)).toBe(25);
    const link = topo.linkOf(p)!;
    expect(link.otherEnd(p)).toBe(topo.peerOf(p));
    expect(link.otherEnd(link.otherEnd(p))).toBe(p);
  });

  it('tells an uncabled port, and the first port of the first device, from no port', () => {
    const d = template();
    const topo = topologyOf(d);
    const first = portOf(topo, d.devices[0]!.id, d.devices[0]!.ports[0]!.name);
    expect(first).toBe(0); // a real port, though falsy: callers compare with undefined
    expect(topo.deviceOf(first)).toBe(d.devices[0]);
    const spare = portOf(topo, 'core-1', 'swp12');
    expect(topo.isCabled(spare)).toBe(false);
    expect(topo.linkOf(spare)).toBeUndefined();
    expect(topo.peerOf(spare)).toBeUndefined();
    expect(topo.findPort({ device: 'core-1', port: 'no-such-port' })).toBeUndefined();
  });

  it('lists LAG members in order and knows each member port’s LAG', () => {
    const d = template();
    const topo = topologyOf(d);
    const peer = lag(d, 'lag-core-peer');
    const members = topo.membersOf(peer);
    expect(members.map((p) => keyOf(topo, p))).toEqual([
      'core-1#swp21',
      'core-1#swp22',
      'core-2#swp21',
      'core-2#swp22',
    ]);
    expect(topo.lagOfPort(members[2]!)?.id).toBe('lag-core-peer');
    expect(topo.isMember(members[2]!, peer)).toBe(true);
    expect(topo.isMember(portOf(topo, 'core-1', 'swp1'), peer)).toBe(false);
    expect(topo.lagsOf(topo.device('core-1')!)).toHaveLength(7);
  });

  it('resolves a bond to the member ports on its own device only', () => {
    const d = template();
    // node-1's bond also lists a port of node-2: its attachments still ride on node-1's ports.
    lag(d, 'lag-node1-bond0').members.push({ device: 'node-2', port: 'eno1' });
    const topo = topologyOf(d);
    const ceph = topo
      .attachmentsOf(topo.device('node-1')!)
      .find((r) => r.network.id === 'net-ceph-public')!;
    expect(ceph.ports.map((p) => keyOf(topo, p))).toEqual(['node-1#ens1f0', 'node-1#ens1f1']);
    expect(topo.carriedBy(portOf(topo, 'node-2', 'eno1')).map((r) => r.device.id)).toEqual([
      'node-2',
      'node-2',
    ]);
  });

  it('knows what each port carries', () => {
    const topo = topologyOf(template());
    const eno1 = portOf(topo, 'node-1', 'eno1');
    expect(topo.carriedBy(eno1).map((r) => r.network.id)).toEqual(['net-mgmt', 'net-corosync0']);
    expect(topo.carriesRole(eno1, new Set(['corosync']))).toBe(true);
    expect(topo.carriesRole(eno1, new Set(['ceph-public']))).toBe(false);
  });

  it('finds a cable double-booked on both ends, and keeps its ports’ first cables', () => {
    const d = template();
    addCable(d, 'twice', ['core-1', 'swp21'], ['core-2', 'swp21'], 'mmf-om4');
    const topo = topologyOf(d);
    const a = portOf(topo, 'core-1', 'swp21');
    expect(topo.linkOf(a)!.cable.id).toBe('cab-peer-1');
    expect(topo.linksOn(a).map((l) => l.cable.id)).toEqual(['cab-peer-1', 'twice']);
    const b = portOf(topo, 'core-2', 'swp21');
    expect(topo.linksOn(b).map((l) => l.cable)).toEqual([
      cable(d, 'cab-peer-1'),
      cable(d, 'twice'),
    ]);
    expect(topo.doubleBooked.map((p) => keyOf(topo, p))).toEqual(['core-1#swp21', 'core-2#swp21']);
  });

  it('gives a device that repeats an id ports of its own, found by nobody', () => {
    const d = template();
    const copy = structuredClone(d.devices.find((x) => x.id === 'node-3')!);
    copy.ports[1]!.config = { mtu: 9000 }; // the copy's eno1
    d.devices.push(copy);
    const topo = topologyOf(d);
    expect(topo.cabledPorts(copy)).toEqual([]);
    expect(topo.deviceOf(portOf(topo, 'node-3', 'eno1'))).not.toBe(copy);
    // Its configured port is checked as its own, not the original's.
    const configured = topo.configuredPorts.filter((p) => topo.deviceOf(p) === copy);
    expect(configured.map((p) => topo.portOf(p))).toEqual([copy.ports[1]]);
    expect(topo.attachmentsOf(copy)).toEqual([]);
  });

  it('lists a device’s cabled ports, and where every host bond lands', () => {
    const d = template();
    const topo = topologyOf(d);
    const node1 = topo.device('node-1')!;
    expect(topo.cabledPorts(node1).map((p) => topo.portOf(p).name)).toEqual([
      'idrac',
      'eno1',
      'ens1f0',
      'ens1f1',
    ]);
    const bond = topo.hostBonds().find((b) => b.lag.id === 'lag-node1-bond0')!;
    expect(bond.host).toBe(node1);
    expect(bond.cabled).toHaveLength(2);
    expect(bond.landed).toBe(2);
    expect(bond.switches.map((s) => s.id)).toEqual(['core-1', 'core-2']);
    // Only servers' and firewalls' bonds: the switch-side LAGs are not host bonds.
    expect(
      topo.hostBonds().every((b) => b.host.role === 'server' || b.host.role === 'firewall'),
    ).toBe(true);
  });

  it('lists every cable on a device once, in port order', () => {
    const d = template();
    addCable(d, 'loop', ['core-1', 'swp11'], ['core-1', 'swp12'], 'dac-passive');
    addCable(d, 'twice', ['core-1', 'swp21'], ['core-2', 'swp12'], 'mmf-om4');
    const topo = topologyOf(d);
    const core1 = topo.device('core-1')!;
    const ids = topo.linksOf(core1).map((l) => l.cable.id);
    const onCore1 = d.cables.filter((c) => c.a.device === 'core-1' || c.b.device === 'core-1');
    expect([...ids].sort()).toEqual(onCore1.map((c) => c.id).sort());
    // In port order: swp11 (the loop, at its a end) before swp21's two cables, then swp22's.
    const at = (id: string) => ids.indexOf(id);
    expect(at('loop')).toBeLessThan(at('cab-peer-1'));
    expect([at('cab-peer-1') + 1, at('cab-peer-1') + 2]).toEqual([at('twice'), at('cab-peer-2')]);
    expect(topo.linksOf(topo.device('node-1')!).map((l) => l.cable.id)).toEqual(
      topo.cabledPorts(topo.device('node-1')!).map((p) => topo.linkOf(p)!.cable.id),
    );
  });

  it('knows where each host network lands on a switch', () => {
    const topo = topologyOf(template());
    const core1 = topo.device('core-1')!;
    const onCore1 = topo.landings().filter((l) => topo.deviceOf(l.switchPort) === core1);
    expect(onCore1.length).toBeGreaterThan(0);
    expect(topo.networksOn(core1)).toEqual([...new Set(onCore1.map((l) => l.network))]);
    const ceph = onCore1.find(
      (l) => l.network.id === 'net-ceph-public' && keyOf(topo, l.hostPort) === 'node-1#ens1f0',
    );
    expect(ceph && keyOf(topo, ceph.switchPort)).toBe('core-1#swp1');
  });
});
