import { describe, expect, it } from 'vitest';
import {
  MAX_DESIGN_BYTES,
  formatLoadProblem,
  loadDesign,
  serializeDesign,
} from '../../shared/format';
import type { LoadProblem } from '../../shared/format';
import { template } from '../support/designs';

function problemsOf(text: string): LoadProblem[] {
  const result = loadDesign(text);
  if (result.ok) throw new Error('expected the load to fail');
  return result.problems;
}

/** Line (1-based) of the first occurrence of `needle` in `text`. */
function lineOf(text: string, needle: string): number {
  const index = text.indexOf(needle);
  if (index < 0) throw new Error(`${needle} not in text`);
  return text.slice(0, index).split('\n').length;
}

describe('loadDesign: what cannot be represented is refused with path and position', () => {
  it('malformed JSON names line and column', () => {
    const text = '{\n  "schemaVersion": 1,\n  "meta": { "name": "x" }\n  "devices": []\n}\n';
    const [p] = problemsOf(text);
    expect(p).toMatchObject({ code: 'syntax', line: 4, column: 3 });
    expect(p!.message).toContain('expected ","');
    expect(formatLoadProblem(p!, 'd.clusterwire')).toBe(
      'd.clusterwire:4:3: malformed JSON: expected "," between values',
    );
  });

  it('an unterminated file names where it ends', () => {
    const [p] = problemsOf('{ "schemaVersion": 1, "meta": {');
    expect(p).toMatchObject({ code: 'syntax', line: 1 });
  });

  it('an empty file is malformed JSON, not a crash', () => {
    expect(problemsOf('')[0]).toMatchObject({ code: 'syntax', line: 1, column: 1 });
  });

  it('comments are refused: a design file is JSON', () => {
    expect(problemsOf('// hi\n{}')[0]!.message).toContain('comments are not allowed');
  });

  it('a wrong type names its JSON path and the line of the value', () => {
    const design = template();
    const raw = JSON.parse(serializeDesign(design));
    raw.cables[3].lengthM = 'three metres';
    const text = JSON.stringify(raw, null, 2);
    const [p] = problemsOf(text);
    expect(p).toMatchObject({
      code: 'schema',
      path: ['cables', 3, 'lengthM'],
      line: lineOf(text, '"three metres"'),
    });
    expect(formatLoadProblem(p!)).toContain('(at $.cables[3].lengthM)');
  });

  it('a missing required field is named', () => {
    const raw = JSON.parse(serializeDesign(template()));
    delete raw.devices[0].hostname;
    const [p] = problemsOf(JSON.stringify(raw, null, 2));
    expect(p!.path).toEqual(['devices', 0, 'hostname']);
    expect(p!.message).toContain('missing required field "hostname"');
  });

  it('an unknown field is refused at the key (a typo must not vanish on save)', () => {
    const raw = JSON.parse(serializeDesign(template()));
    raw.cables[0].lenghtM = 3;
    const text = JSON.stringify(raw, null, 2);
    const [p] = problemsOf(text);
    expect(p).toMatchObject({ path: ['cables', 0, 'lenghtM'], line: lineOf(text, '"lenghtM"') });
    expect(p!.message).toBe('unknown field "lenghtM"');
  });

  it('a cable to an unknown device is a dangling reference', () => {
    const raw = JSON.parse(serializeDesign(template()));
    raw.cables[2].b.device = 'sw-9';
    const text = JSON.stringify(raw, null, 2);
    const [p] = problemsOf(text);
    expect(p).toMatchObject({
      code: 'reference',
      path: ['cables', 2, 'b', 'device'],
      line: lineOf(text, '"sw-9"'),
    });
    expect(p!.message).toBe('unknown device "sw-9"');
  });

  it('a cable to an unknown port names the device by hostname', () => {
    const raw = JSON.parse(serializeDesign(template()));
    raw.cables[0].a.port = 'swp99';
    const [p] = problemsOf(JSON.stringify(raw, null, 2));
    expect(p).toMatchObject({ code: 'reference', path: ['cables', 0, 'a', 'port'] });
    expect(p!.message).toBe('device "core-01" has no port "swp99"');
  });

  it('duplicate ids are refused and point at the second one', () => {
    const raw = JSON.parse(serializeDesign(template()));
    raw.devices[1].id = raw.devices[0].id;
    const problems = problemsOf(JSON.stringify(raw, null, 2));
    expect(problems[0]).toMatchObject({ code: 'duplicate-id', path: ['devices', 1, 'id'] });
    expect(problems[0]!.message).toContain('duplicate device id "fw-1"');
  });

  it('two ports with one name on a device are refused', () => {
    const raw = JSON.parse(serializeDesign(template()));
    raw.devices[0].ports[1].name = raw.devices[0].ports[0].name;
    expect(problemsOf(JSON.stringify(raw))[0]).toMatchObject({
      code: 'duplicate-id',
      path: ['devices', 0, 'ports', 1, 'name'],
    });
  });

  it('dangling LAG, network, MLAG and cluster references are refused', () => {
    const raw = JSON.parse(serializeDesign(template()));
    raw.lags[0].members[0].device = 'ghost';
    raw.mlagPairs[0].peerLinkLag = 'no-such-lag';
    raw.mlagPairs[0].keepalive = { network: 'net-ghost', cable: 'cab-ghost' };
    const node = raw.devices.find((d: { id: string }) => d.id === 'node-1');
    node.attachments[0].network = 'net-nope';
    raw.clusters[0].nodes.push('node-9');
    const paths = problemsOf(JSON.stringify(raw)).map((p) => p.path.join('.'));
    expect(paths).toEqual(
      expect.arrayContaining([
        'lags.0.members.0.device',
        'mlagPairs.0.peerLinkLag',
        'mlagPairs.0.keepalive.network',
        'mlagPairs.0.keepalive.cable',
        'clusters.0.nodes.3',
      ]),
    );
    expect(paths.some((p) => /^devices\.\d+\.attachments\.0\.network$/.test(p))).toBe(true);
  });

  it('a file from a newer ClusterWire is refused naming both versions', () => {
    const raw = JSON.parse(serializeDesign(template()));
    raw.schemaVersion = 7;
    const [p] = problemsOf(JSON.stringify(raw, null, 2));
    expect(p).toMatchObject({ code: 'version', path: ['schemaVersion'], line: 2 });
    expect(p!.message).toContain('format version 7');
    expect(p!.message).toContain('reads format version 2');
  });

  it('a file without schemaVersion is not taken for a design', () => {
    expect(problemsOf('{"devices": []}')[0]!.message).toContain('missing "schemaVersion"');
  });

  it('a JSON array is not a design', () => {
    expect(problemsOf('[]')[0]!.message).toBe('a design file holds a JSON object');
  });

  it('an oversized file is refused with both sizes, before parsing', () => {
    const result = loadDesign('{}', { byteLength: MAX_DESIGN_BYTES + 1 });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems[0]!.code).toBe('too-large');
      expect(result.problems[0]!.message).toMatch(
        /20\.0 MiB; design files are limited to 20\.0 MiB/,
      );
    }
    const huge = ' '.repeat(MAX_DESIGN_BYTES + 10);
    expect(problemsOf(huge)[0]!.code).toBe('too-large');
  });

  it('a UTF-8 byte-order mark (Windows editors) is accepted', () => {
    expect(loadDesign(`\ufeff${serializeDesign(template())}`).ok).toBe(true);
  });
});

describe('loadDesign: value problems load fine (they are rule findings)', () => {
  it('VLAN 5000, a bad hostname, a double-booked port and an address outside its subnet load', () => {
    const design = template();
    design.networks[0]!.vlan = 5000;
    design.devices[0]!.hostname = 'FW_01.bad';
    const first = design.cables[0]!;
    design.cables.push({ ...first, id: 'dup-cable', b: { ...first.b } });
    design.devices.find((d) => d.id === 'node-1')!.attachments[0]!.address = '192.168.99.1';
    design.lags.push({ id: 'empty-lag', name: 'empty', members: [], mode: 'lacp' });
    const result = loadDesign(serializeDesign(design));
    expect(result.ok).toBe(true);
  });

  it('a minimal file with only version and name loads with defaults', () => {
    const result = loadDesign('{"schemaVersion": 1, "meta": {"name": "empty"}}');
    expect(result).toMatchObject({
      ok: true,
      design: { devices: [], cables: [], layout: { positions: {} } },
    });
  });
});

describe('what JSON.parse accepts silently', () => {
  it('a key repeated in one object is refused with both positions, not the last one kept', () => {
    const text =
      '{\n  "schemaVersion": 2,\n  "meta": { "name": "x" },\n  "devices": [],\n  "devices": []\n}\n';
    const [p] = problemsOf(text);
    expect(p).toMatchObject({ code: 'syntax', line: 5, column: 3 });
    expect(p!.message).toBe(
      'key "devices" appears twice in one object (first at line 4, column 3); JSON keeps only the last, so the file is refused rather than losing the first',
    );
    // The same key in two different objects is fine.
    expect(loadDesign('{"schemaVersion": 2, "meta": {"name": "a"}, "x": {"name": 1}}').ok).toBe(
      false, // "x" is an unknown key (a schema problem), not a duplicate
    );
    expect(
      problemsOf('{"schemaVersion": 2, "meta": {"name": "a"}, "x": {"name": 1}}')[0]?.code,
    ).toBe('schema');
  });

  it('100,000 nested brackets are a located problem, not a stack overflow', () => {
    for (const open of ['[', '{"a":']) {
      const text = open.repeat(100_000);
      const [p] = problemsOf(text);
      expect(p).toMatchObject({ code: 'syntax', line: 1 });
      expect(p!.message).toMatch(/nested deeper than 256 levels/);
    }
  });
});
