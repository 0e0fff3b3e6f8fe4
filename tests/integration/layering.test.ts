import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli';

const eslint = new ESLint({ cwd: resolve('.') });

async function restrictedImports(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('layering is enforced by the real ESLint configuration', () => {
  const cases: Array<[string, string, boolean]> = [
    ['shared/probe.ts', "import { readFileSync } from 'node:fs';", true],
    ['shared/probe.ts', "import { join } from 'path';", true],
    ['shared/probe.ts', "import { readFile } from 'fs/promises';", true],
    ['shared/probe.ts', "import { app } from 'electron';", true],
    ['shared/probe.ts', "import { useState } from 'react';", true],
    ['shared/model/probe.ts', "import { x } from '../../main/services/designFiles';", true],
    ['shared/probe.ts', "import { z } from 'zod';", false],
    ['main/services/probe.ts', "import { app } from 'electron';", true],
    ['main/services/probe.ts', "import { readFile } from 'node:fs/promises';", false],
    ['main/cli/probe.ts', "import { app } from 'electron';", true],
    ['main/cli/probe.ts', "import { x } from '../electron/main';", true],
    ['main/cli/probe.ts', "import { x } from '../services/designFiles';", false],
    ['main/electron/probe.ts', "import { app } from 'electron';", false],
    ['main/preload/probe.ts', "import { x } from '../../shared/model';", true],
    ['main/preload/probe.ts', "import { readFileSync } from 'node:fs';", true],
    ['main/preload/probe.ts', "import { BRIDGE_GLOBAL } from '../../shared/ipc/constants';", false],
    ['renderer/src/probe.ts', "import { x } from '../../main/services/designFiles';", true],
    ['renderer/src/probe.ts', "import { ipcRenderer } from 'electron';", true],
    ['renderer/src/probe.ts', "import { x } from '../../shared/model';", false],
    // The renderer's rooms: canvas, editor and shell meet only through state/.
    ['renderer/src/canvas/probe.ts', "import { x } from '../editor/clipboard';", true],
    ['renderer/src/canvas/probe.ts', "import { x } from '../shell/files';", true],
    ['renderer/src/editor/probe.ts', "import { x } from '../canvas/DesignCanvas';", true],
    ['renderer/src/editor/inspector/probe.tsx', "import { x } from '../../shell/keys';", true],
    ['renderer/src/shell/probe.ts', "import { x } from '../canvas/ViewCommands';", true],
    ['renderer/src/shell/dialogs/probe.tsx', "import { x } from '../../editor';", true],
    ['renderer/src/state/probe.ts', "import { x } from '../canvas/designToFlow';", true],
    ['renderer/src/state/probe.ts', "import { x } from '../editor/clipboard';", true],
    ['renderer/src/state/probe.ts', "import { x } from '../shell/files';", true],
    ['renderer/src/shell/probe.ts', "import { App } from '../App';", true],
    ['renderer/src/state/probe.ts', "import { x } from '../mount';", true],
    ['renderer/src/canvas/probe.ts', "import { ipcRenderer } from 'electron';", true],
    ['renderer/src/state/probe.ts', "import { readFileSync } from 'node:fs';", true],
    ['renderer/src/canvas/probe.ts', "import { x } from '../state/selection';", false],
    ['renderer/src/editor/inspector/probe.tsx', "import { x } from '../../state/document';", false],
    ['renderer/src/editor/probe.ts', "import { x } from '../../../shared/edit';", false],
    ['renderer/src/shell/dialogs/probe.tsx', "import { x } from './Dialog';", false],
    ['renderer/src/App.tsx', "import { x } from './canvas/DesignCanvas';", false],
    ['renderer/src/App.tsx', "import { x } from './editor/clipboard';", false],
  ];
  for (const [file, code, refused] of cases) {
    it(`${file}: ${code} is ${refused ? 'refused' : 'allowed'}`, async () => {
      const messages = await restrictedImports(file, `${code}\nexport const y = 1;\n`);
      expect(messages.length > 0).toBe(refused);
    });
  }
});

describe('no argument spreading in the core (the real ESLint configuration)', () => {
  const spreads = async (filePath: string, code: string) => {
    const [result] = await eslint.lintText(code, { filePath });
    return result!.messages.filter((m) => m.ruleId === 'no-restricted-syntax');
  };
  it('refuses Math.max(...list) and push(...list) in shared/ and main/services, not elsewhere', async () => {
    const code =
      'export const f = (xs: number[], out: number[]) => { out.push(...xs); return Math.max(...xs); };\n';
    expect(await spreads('shared/export/probe.ts', code)).toHaveLength(2);
    expect(await spreads('main/services/probe.ts', code)).toHaveLength(2);
    expect(await spreads('main/cli/probe.ts', code)).toHaveLength(0);
    expect(
      await spreads('shared/export/probe.ts', 'export const g = (xs: number[]) => [...xs];\n'),
    ).toHaveLength(0);
  });
});

describe('layering is enforced by the real tsc configuration', () => {
  function typecheckProbe(source: string): { code: number | null; output: string } {
    // The probe really sits in shared/, checked with shared/tsconfig.json's own options.
    const probe = resolve(`shared/__layering_probe_${process.pid}.ts`);
    const dir = mkdtempSync(join(tmpdir(), 'cw-layering-'));
    try {
      writeFileSync(probe, source);
      writeFileSync(
        join(dir, 'tsconfig.json'),
        JSON.stringify({
          extends: resolve('shared/tsconfig.json'),
          compilerOptions: {
            composite: false,
            noEmit: true,
            emitDeclarationOnly: false,
            declaration: false,
            rootDir: resolve('.'),
          },
          include: [],
          files: [probe],
        }),
      );
      const result = spawnSync(
        process.execPath,
        [resolve('node_modules/typescript/bin/tsc'), '-p', join(dir, 'tsconfig.json')],
        { encoding: 'utf8' },
      );
      return { code: result.status, output: result.stdout + result.stderr };
    } finally {
      rmSync(probe, { force: true });
      rmSync(dir, { recursive: true, force: true });
    }
  }

  it('a file in shared/ that imports a Node built-in fails to typecheck', () => {
    const result = typecheckProbe(
      "import { readFileSync } from 'node:fs';\nexport const read = readFileSync;\n",
    );
    expect(result.code).not.toBe(0);
    expect(result.output).toContain("'node:fs'");
  }, 60_000);

  it('the same probe importing an allowed library typechecks (the failure above is the layer)', () => {
    const result = typecheckProbe("import { z } from 'zod';\nexport const s = z.string();\n");
    expect(result.output).toBe('');
    expect(result.code).toBe(0);
  }, 60_000);
});

describe('the CLI runs as plain Node with electron denied', () => {
  it('the resolver hook really throws on electron', () => {
    const result = spawnSync(
      process.execPath,
      [
        '--import',
        resolve('tests/support/deny-electron.mjs'),
        '--input-type=module',
        '-e',
        "await import('electron')",
      ],
      { encoding: 'utf8' },
    );
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('layering violation: "electron"');
  });

  it('new, templates and validate run under the hook', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cw-cli-'));
    try {
      expect(runCli(['templates']).code).toBe(0);
      expect(runCli(['new', '-o', 'd.clusterwire'], { cwd: dir }).code).toBe(0);
      const result = runCli(['validate', 'd.clusterwire'], { cwd: dir });
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
