// Regenerates docs/design.schema.json from the zod model (a test fails when it is stale).
import { writeFileSync } from 'node:fs';
import { designJsonSchemaText } from '../shared/format/jsonSchema';

writeFileSync('docs/design.schema.json', designJsonSchemaText());
console.log('wrote docs/design.schema.json');
