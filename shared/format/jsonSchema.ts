import { z } from 'zod';
import { Design } from '../model/design';

export const DESIGN_SCHEMA_ID = 'https://clusterwire.invalid/schema/design-v1.json';

/** JSON Schema of the design file (what a user may write: defaults are optional), for editors. */
export function designJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(Design, {
    io: 'input',
    target: 'draft-2020-12',
    unrepresentable: 'any',
  });
  return {
    $id: DESIGN_SCHEMA_ID,
    title: 'ClusterWire design',
    description:
      'A ClusterWire design file (.clusterwire). Generated from the zod model; do not edit by hand.',
    ...schema,
  };
}

export function designJsonSchemaText(): string {
  return `${JSON.stringify(designJsonSchema(), null, 2)}\n`;
}
