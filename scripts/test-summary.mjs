// Prints "tests: N passed, N failed" from vitest's JSON report, the plain closing line CI reads.
import { existsSync, readFileSync } from 'node:fs';

const path = 'test-results/vitest.json';
if (!existsSync(path)) {
  console.log('tests: no report (the run stopped before the tests)');
} else {
  const report = JSON.parse(readFileSync(path, 'utf8'));
  const skipped = report.numPendingTests + report.numTodoTests;
  console.log(
    `tests: ${report.numPassedTests} passed, ${report.numFailedTests} failed${skipped ? `, ${skipped} skipped` : ''}`,
  );
}
