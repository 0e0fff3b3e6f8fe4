import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { designJsonSchema, designJsonSchemaText, serializeDesign } from '../../shared/format';
import { TEMPLATES } from '../../shared/templates';

describe('docs/design.schema.json', () => {
  it('is up to date with the zod model (run "npm run schema" to regenerate)', () => {
    expect(readFileSync('docs/design.schema.json', 'utf8')).toBe(designJsonSchemaText());
  });

  it('accepts the templates and rejects what the loader rejects, so editors agree with the app', () => {
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats(ajv);
    const validate = ajv.compile(designJsonSchema());
    for (const t of TEMPLATES) {
      expect(validate(JSON.parse(serializeDesign(t.build()))), t.name).toBe(true);
    }
    expect(validate({ schemaVersion: 2, meta: { name: 'x' } })).toBe(true);
    expect(validate({ schemaVersion: 3, meta: { name: 'x' } })).toBe(false);
    expect(validate({ schemaVersion: 2, meta: { name: 'x' }, cables: [{ id: 'c' }] })).toBe(false);
    expect(validate({ schemaVersion: 2, meta: { name: 'x', typo: 1 } })).toBe(false);
  });
});
