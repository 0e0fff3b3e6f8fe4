// Regenerates docs/rules.md from the rule registry (a test fails when it is stale).
import { writeFileSync } from 'node:fs';
import { rulesMarkdown } from '../shared/rules/rulesMarkdown';

writeFileSync('docs/rules.md', rulesMarkdown());
console.log('wrote docs/rules.md');
