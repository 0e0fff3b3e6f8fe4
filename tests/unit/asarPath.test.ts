import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { unpackedPath } from '../../main/services/asarPath';
import { FONT_PACKAGE_FILES } from '../../main/services/png';

describe('unpackedPath', () => {
  it('maps a file inside app.asar to app.asar.unpacked (POSIX and Windows separators)', () => {
    expect(
      unpackedPath(
        '/opt/ClusterWire/resources/app.asar/node_modules/@expo-google-fonts/inter/400Regular/Inter_400Regular.ttf',
        '/',
      ),
    ).toBe(
      '/opt/ClusterWire/resources/app.asar.unpacked/node_modules/@expo-google-fonts/inter/400Regular/Inter_400Regular.ttf',
    );
    expect(
      unpackedPath(
        'C:\\Program Files\\ClusterWire\\resources\\app.asar\\node_modules\\f.ttf',
        '\\',
      ),
    ).toBe('C:\\Program Files\\ClusterWire\\resources\\app.asar.unpacked\\node_modules\\f.ttf');
  });

  it('leaves paths outside an archive alone, including look-alike names', () => {
    for (const path of [
      '/work/node_modules/@expo-google-fonts/inter/400Regular/Inter_400Regular.ttf',
      '/opt/app.asar.unpacked/node_modules/f.ttf',
      '/home/me/my-app.asar/f.ttf',
      '/opt/app.asar',
    ])
      expect(unpackedPath(path, '/')).toBe(path);
  });

  it('electron-builder unpacks every font file resvg reads, and resvg itself', () => {
    const config = parse(readFileSync('electron-builder.yml', 'utf8')) as { asarUnpack?: string[] };
    for (const file of FONT_PACKAGE_FILES)
      expect(config.asarUnpack).toContain(`node_modules/${file}`);
    expect(config.asarUnpack).toContain('node_modules/@resvg/**');
  });
});
