// `npm run security`: electronegativity over main/ and renderer/ together (so global checks
// such as CSP and navigation limits see both), failing on any HIGH or MEDIUM finding that
// docs/security.md does not justify. Works offline; -e pins the Electron version we ship.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'csv-parse/sync';

const electronVersion = JSON.parse(
  readFileSync(resolve('node_modules/electron/package.json'), 'utf8'),
).version;
const stage = mkdtempSync(join(tmpdir(), 'cw-security-'));
try {
  for (const dir of ['main', 'renderer']) {
    cpSync(resolve(dir), join(stage, dir), {
      recursive: true,
      filter: (src) => !src.includes('node_modules'),
    });
  }
  const report = join(stage, 'report.csv');
  const run = spawnSync(
    resolve('node_modules/.bin/electronegativity'),
    ['-i', stage, '-e', electronVersion, '-r', '-v', 'false', '-o', report],
    { encoding: 'utf8', timeout: 120_000 },
  );
  if (run.status !== 0) {
    console.error(run.stdout, run.stderr);
    throw new Error(`electronegativity failed (exit ${run.status})`);
  }
  /** @type {Array<{ issue: string; severity: string; filename: string; location: string }>} */
  const findings = parse(readFileSync(report, 'utf8'), {
    columns: true,
    trim: true,
    skip_empty_lines: true,
  });

  // docs/security.md: "| CHECK_ID | file | why it is acceptable |" rows.
  const justified = readFileSync(resolve('docs/security.md'), 'utf8')
    .split('\n')
    .flatMap((line) => {
      const m = /^\|\s*([A-Z_]+_CHECK)\s*\|\s*`?([^|`]+?)`?\s*\|\s*(.+?)\s*\|$/.exec(line);
      return m ? [{ check: m[1], file: m[2], why: m[3], used: false }] : [];
    });

  let failures = 0;
  for (const f of findings) {
    const where = `${f.filename}:${f.location}`;
    const match = justified.find((j) => j.check === f.issue && j.file === f.filename);
    if (match) match.used = true;
    const serious = f.severity === 'HIGH' || f.severity === 'MEDIUM';
    const status = match ? 'justified' : serious ? 'FAIL' : 'note';
    if (status === 'FAIL') failures += 1;
    console.log(`${status.padEnd(9)} ${f.severity.padEnd(6)} ${f.issue} ${where}`);
  }
  for (const j of justified.filter((j) => !j.used)) {
    console.log(`stale     justification for ${j.check} in ${j.file} matches no finding`);
  }
  console.log(
    `electronegativity (Electron ${electronVersion}): ${findings.length} findings, ${failures} unjustified HIGH/MEDIUM`,
  );
  process.exitCode = failures > 0 ? 1 : 0;
} finally {
  rmSync(stage, { recursive: true, force: true });
}
