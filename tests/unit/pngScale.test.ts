import { describe, expect, it } from 'vitest';
import { PNG_SCALE } from '../../shared/export/pngScale';
import { ExportRequest } from '../../shared/ipc/contract';
import { commandUsage } from '../../main/cli/run';
import { exportCommand } from '../../main/cli/commands/export';
import { UsageError } from '../../main/cli/io';
import type { CliIo } from '../../main/cli/io';

// One PNG scale range (shared/export/pngScale.ts): the CLI's help and its --scale parsing, the
// bridge contract and the app's export dialog (tests/unit/renderer/pngScaleDialog.test.tsx) all
// read PNG_SCALE, so none offers or accepts what another refuses.

const quiet: CliIo = {
  out: () => undefined,
  err: () => undefined,
  isTTY: false,
  color: false,
  cwd: process.cwd(),
};

/** Whether `clusterwire export missing.clusterwire --png x.png --scale VALUE` takes VALUE. */
async function cliTakes(scale: string): Promise<boolean> {
  try {
    // A scale it takes gets as far as reading the (missing) design: exit 2, not a usage error.
    await exportCommand(
      'missing.clusterwire',
      { png: 'x.png', scale, transparent: false, excel: false },
      quiet,
    );
    return true;
  } catch (error) {
    if (error instanceof UsageError) return false;
    throw error;
  }
}

describe('the PNG scale range', () => {
  it('the CLI help states the range', () => {
    expect(commandUsage('export')).toContain(
      `at scale ${PNG_SCALE.min}-${PNG_SCALE.max} (1-4 for print)`,
    );
  });

  it('the CLI takes the ends of the range and refuses beyond them, as the bridge does', async () => {
    const ask = (scale: number) => ExportRequest.safeParse({ kind: 'png', path: '/x.png', scale });
    for (const [scale, inside] of [
      [PNG_SCALE.min, true],
      [PNG_SCALE.max, true],
      [1, true],
      [PNG_SCALE.min / 2, false],
      [PNG_SCALE.max + 0.5, false],
    ] as const) {
      expect(await cliTakes(String(scale)), `CLI --scale ${scale}`).toBe(inside);
      expect(ask(scale).success, `bridge scale ${scale}`).toBe(inside);
    }
    expect(await cliTakes('big')).toBe(false);
  });
});
