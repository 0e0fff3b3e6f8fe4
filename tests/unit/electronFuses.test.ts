import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

/** The fuses electron-builder flips in the packaged binary (docs/security.md). */
const EXPECTED_FUSES = {
  runAsNode: false,
  enableCookieEncryption: true,
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  enableEmbeddedAsarIntegrityValidation: true,
  onlyLoadAppFromAsar: true,
};

describe('electron-builder.yml', () => {
  const config = parse(readFileSync('electron-builder.yml', 'utf8')) as Record<string, unknown>;

  it('sets every security fuse at packaging', () => {
    const fuses = config.electronFuses as Record<string, unknown>;
    for (const [fuse, value] of Object.entries(EXPECTED_FUSES)) {
      expect(fuses?.[fuse], fuse).toBe(value);
    }
  });

  it('packs the app into an ASAR archive, so integrity validation has something to check', () => {
    expect(config.asar).not.toBe(false);
    expect((config.asar as { disableIntegrity?: boolean } | undefined)?.disableIntegrity).not.toBe(
      true,
    );
  });
});
