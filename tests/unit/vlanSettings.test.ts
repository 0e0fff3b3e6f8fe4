import { describe, expect, it } from 'vitest';
import {
  formatVlanList,
  parseVlanList,
  withSetting,
} from '../../renderer/src/editor/inspector/vlanSettings';

describe('VLAN lists as network engineers type them', () => {
  it('reads ids, ranges and "all", and round-trips through the formatter', () => {
    expect(parseVlanList('10, 50-52 100')).toEqual([10, 50, 51, 52, 100]);
    expect(parseVlanList(' ALL ')).toBe('all');
    expect(parseVlanList('')).toBeUndefined();
    expect(formatVlanList([10, 50, 51])).toBe('10, 50, 51');
    expect(parseVlanList(formatVlanList([10, 100]))).toEqual([10, 100]);
  });
  it('hands what is not a number to the schema, which names it', () => {
    expect(parseVlanList('10, ten')).toBe('ten');
    expect(parseVlanList('20-10')).toBe('20-10');
  });
});

describe('one setting applied to a port configuration', () => {
  it('changes only that setting, so picked ports keep their own others', () => {
    const trunk = { mode: 'trunk' as const, taggedVlans: [10, 20], mtu: 9216 };
    const access = { mode: 'access' as const, untaggedVlan: 10 };
    const mtu = { key: 'mtu' as const, value: 1500 };
    expect(withSetting(trunk, mtu)).toEqual({ ...trunk, mtu: 1500 });
    expect(withSetting(access, mtu)).toEqual({ ...access, mtu: 1500 });
    expect(trunk.mtu).toBe(9216); // never mutated: the editor's history keeps the old one
  });
  it('keeps a port module, and clears the configuration when nothing is left', () => {
    expect(withSetting({ module: 'base-t', mtu: 9000 }, { key: 'mtu', value: undefined })).toEqual({
      module: 'base-t',
    });
    expect(withSetting({ mtu: 9000 }, { key: 'mtu', value: undefined })).toBeUndefined();
    expect(withSetting(undefined, { key: 'untaggedVlan', value: 10 })).toEqual({
      untaggedVlan: 10,
    });
  });
});
