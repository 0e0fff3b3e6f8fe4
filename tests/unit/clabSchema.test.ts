import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import fc from 'fast-check';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { CLAB_KINDS, containerlabTopology } from '../../shared/interop';
import { designArb } from '../support/arbitraries';
import { template } from '../support/rules';

/** containerlab's own topology schema, vendored unchanged (see tests/fixtures/containerlab). */
const schema = JSON.parse(
  readFileSync('tests/fixtures/containerlab/clab.schema.json', 'utf8'),
) as Record<string, unknown>;
// The schema uses editor keywords (markdownDescription, errorMessage…) ajv does not know.
const ajv = new Ajv({ strict: false, allErrors: true });
const validate = ajv.compile(schema);

function problems(yaml: string): string[] {
  if (validate(parseYaml(yaml))) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || '$'} ${e.message ?? ''}`);
}

describe("containerlab export against containerlab's schema", () => {
  const kindEnum = (
    (schema.definitions as Record<string, { properties: { kind: { enum: string[] } } }>)[
      'node-config'
    ]!.properties.kind.enum ?? []
  ).slice();

  it('uses kind names the schema knows', () => {
    for (const kind of CLAB_KINDS) expect(kindEnum, kind).toContain(kind);
  });

  it('the reference design is valid, with and without images', () => {
    const d = template();
    expect(problems(containerlabTopology(d).yaml)).toEqual([]);
    const images = { arista_ceos: 'ceos:4.32.0F', nvidia_cumulusvx: 'cvx:5', linux: 'debian:12' };
    expect(problems(containerlabTopology(d, { images }).yaml)).toEqual([]);
  });

  it('the schema catches a wrong kind (so the check above can fail)', () => {
    const yaml = containerlabTopology(template()).yaml.replace(
      /kind: nvidia_cumulusvx/g,
      'kind: cumulus_cvx',
    );
    expect(problems(yaml).length).toBeGreaterThan(0);
  });

  it('any design gives a valid topology', () => {
    fc.assert(
      fc.property(designArb, (design) => {
        expect(
          problems(containerlabTopology(design, { images: { linux: 'alpine' } }).yaml),
        ).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });
});
