import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { BUILTIN_CATALOG, findModel } from '../../shared/catalog';
import {
  addDevice,
  createMlagPair,
  createMlagPairWithPeerLink,
  proposePeerLink,
} from '../../shared/edit';
import { generateConfiguration } from '../../shared/generate';
import type { Design } from '../../shared/model';
import { freeMlagPeerAddresses, freeMlagSystemMac } from '../../shared/model';
import { minimalDesign } from '../support/designs';

/**
 * An MLAG pair made in the app (Make MLAG Pair) carries what the switch configurations need, so
 * `generate` writes them without the user filling in fields first.
 */

/**
 * Two switches of a catalog model on an empty canvas, each with an address on a management
 * network (the one thing the user gives a switch before it generates), as the app leaves them.
 */
function twoSwitches(modelId: string): { design: Design; a: string; b: string } {
  let a = '';
  let b = '';
  const design = produce(minimalDesign(), (d) => {
    const model = findModel(BUILTIN_CATALOG, modelId)!;
    a = addDevice(d, model, { x: 0, y: 0 });
    b = addDevice(d, model, { x: 400, y: 0 });
    d.networks.push({
      id: 'net-mgmt',
      name: 'Management',
      role: 'management',
      vlan: 10,
      cidr: '10.0.10.0/24',
      mtu: 1500,
    });
    d.devices.forEach((sw, i) => {
      const mgmt = sw.ports.find((p) => p.role === 'mgmt')!;
      sw.attachments.push({
        network: 'net-mgmt',
        port: mgmt.name,
        tagged: false,
        address: `10.0.10.${i + 2}/24`,
      });
    });
  });
  return { design, a, b };
}

/** Make MLAG Pair with the proposed peer link, as the dialog does on OK. */
function makePair(design: Design, a: string, b: string): Design {
  const legs = proposePeerLink(design, a, b)!.legs;
  return produce(design, (d) => {
    expect(createMlagPairWithPeerLink(d, a, b, legs, { catalog: BUILTIN_CATALOG })).toHaveProperty(
      'id',
    );
  });
}

describe('an MLAG pair made in the app generates', () => {
  it.each([
    ['nvidia-sn2010', 'nvue-commands.sh', 'nv set mlag mac-address 44:38:39:ff:00:01'],
    ['arista-7050sx3-48yc8', 'startup-config.eos', 'domain-id mlag-1'],
  ])('%s: pair, peer link, then generate writes both switches', (model, file, line) => {
    const { design, a, b } = twoSwitches(model);
    const made = makePair(design, a, b);
    expect(made.mlagPairs[0]).toMatchObject({
      systemMac: '44:38:39:ff:00:01',
      domainId: 'mlag-1',
      peerAddresses: ['10.255.252.0/31', '10.255.252.1/31'],
    });
    const result = generateConfiguration(made);
    if (!result.ok) throw new Error(JSON.stringify(result, null, 1));
    const paths = result.files.map((f) => f.path);
    expect(paths).toEqual(expect.arrayContaining([`core-01/${file}`, `core-02/${file}`]));
    const text = result.files.find((f) => f.path === `core-01/${file}`)!.text;
    expect(text).toContain(line);
  });

  it('gives each pair of a design its own system MAC and peer-link addresses', () => {
    const first = twoSwitches('nvidia-sn2010');
    let d = makePair(first.design, first.a, first.b);
    const model = findModel(BUILTIN_CATALOG, 'nvidia-sn2010')!;
    let c = '';
    let e = '';
    d = produce(d, (x) => {
      c = addDevice(x, model, { x: 0, y: 400 });
      e = addDevice(x, model, { x: 400, y: 400 });
      // A hand-set MAC on the first pair is taken into account too.
      x.mlagPairs[0]!.systemMac = '44:38:39:FF:00:02';
    });
    d = produce(d, (x) => void createMlagPair(x, c, e));
    expect(d.mlagPairs[1]).toMatchObject({
      domainId: 'mlag-2',
      systemMac: '44:38:39:ff:00:01',
      peerAddresses: ['10.255.252.2/31', '10.255.252.3/31'],
    });
    expect(freeMlagSystemMac(d.mlagPairs)).toBe('44:38:39:ff:00:03');
    expect(freeMlagPeerAddresses(d.mlagPairs)).toEqual(['10.255.252.4/31', '10.255.252.5/31']);
  });
});
