import { describe, expect, it } from 'vitest';
import { buildContext } from '../../shared/rules';
import type { PortIndex, Topology } from '../../shared/topology';
import type { Design } from '../../shared/model';
import { addCable, cable, lag } from '../support/rules';
import { template } from '../support/designs';

const topologyOf = (d: Design): Topology => buildContext(d).topo;

/** A port by device id and port name; fails the test when it does not resolve. */
function portOf(topo: Topology, deviceId: string, name: string): PortIndex {
  const p = topo.port(deviceId, name);
  expect(p, `${deviceId} ${name}`).toBeDefined();
  return p!;
}

const label = (topo: Topology, p: PortIndex | undefined) =>
  p === undefined ? undefined : topo.portKey(p);

describe('the topology', () => {
  it('reads a port index back as its device and port, and follows its cable', () => {
    const topo = topologyOf(template());
    const p = portOf(topo, 'node-1', 'ens1f0');
    expect(topo.deviceOf(p).id).toBe('node-1');
    expect(topo.portOf(p).name).toBe('ens1f0');
    expect(topo.portKey(p)).toBe('node-1#ens1f0');
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
    const first = topo.deviceInfoAt(0)!.at(0);
    expect(first).toBe(0); // a real port, though falsy: callers compare with undefined
    expect(topo.deviceOf(first)).toBe(d.devices[0]);
    const spare = portOf(topo, 'core-1', 'swp12');
    expect(topo.isCabled(spare)).toBe(false);
    expect(topo.linkOf(spare)).toBeUndefined();
    expect(topo.peerOf(spare)).toBeUndefined();
    expect(topo.port('core-1', 'no-such-port')).toBeUndefined();
  });

  it('lists LAG members in order and knows each member port’s LAG', () => {
    const d = template();
    const topo = topologyOf(d);
    const l = topo.lagPositionOn('core-1', 'lag-core-peer');
    expect(d.lags[l]!.id).toBe('lag-core-peer');
    const members = Array.from({ length: topo.memberCount(l) }, (_, i) => topo.memberAt(l, i));
    expect(members.map((p) => topo.portKey(p))).toEqual([
      'core-1#swp21',
      'core-1#swp22',
      'core-2#swp21',
      'core-2#swp22',
    ]);
    expect(topo.portLag(members[2]!)?.id).toBe('lag-core-peer');
    expect(topo.isMemberOf(members[2]!, l)).toBe(true);
    expect(topo.isMemberOf(portOf(topo, 'core-1', 'swp1'), l)).toBe(false);
    expect(topo.deviceInfo('core-1')!.lagCount).toBe(6);
  });

  it('resolves a bond to the member ports on its own device only', () => {
    const d = template();
    // node-1's bond also lists a port of node-2: its attachments still ride on node-1's ports.
    lag(d, 'lag-node1-bond0').members.push({ device: 'node-2', port: 'eno1' });
    const topo = topologyOf(d);
    const info = topo.deviceInfo('node-1')!;
    const ceph = Array.from({ length: info.attachmentCount }, (_, i) => info.attachmentAt(i)).find(
      (r) => r.network.id === 'net-ceph-public',
    )!;
    expect(ceph.ports.map((p) => topo.portKey(p))).toEqual(['node-1#ens1f0', 'node-1#ens1f1']);
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
    expect(topo.ends(cable(d, 'twice'))?.cable.id).toBe('twice');
    expect(topo.linksOn(a).map((l) => l.cable.id)).toEqual(['cab-peer-1', 'twice']);
    expect(topo.doubleBooked.map((p) => topo.portKey(p))).toEqual(['core-1#swp21', 'core-2#swp21']);
  });

  it('gives a device that repeats an id ports of its own, found by nobody', () => {
    const d = template();
    const copy = structuredClone(d.devices.find((x) => x.id === 'node-3')!);
    copy.ports[1]!.config = { mtu: 9000 }; // the copy's eno1
    d.devices.push(copy);
    const topo = topologyOf(d);
    expect(topo.deviceInfoAt(d.devices.length - 1)).toBeUndefined();
    expect(topo.deviceOf(portOf(topo, 'node-3', 'eno1'))).not.toBe(copy);
    // Its configured port is checked as its own, not the original's.
    const configured = topo.configuredPorts.filter((p) => topo.deviceOf(p) === copy);
    expect(configured.map((p) => topo.portOf(p))).toEqual([copy.ports[1]]);
    expect(topo.infoOf(copy)).toBeUndefined();
  });
});
