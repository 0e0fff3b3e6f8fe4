import type { VlanConfig } from '../../../../shared/model';

/** "10, 20, 100-102" or "all" <-> a VLAN list; what network engineers type. */
export function parseVlanList(text: string): unknown {
  const t = text.trim();
  if (t === '') return undefined;
  if (t.toLowerCase() === 'all') return 'all';
  const out: number[] = [];
  for (const part of t.split(/[\s,]+/).filter(Boolean)) {
    const range = /^(\d+)-(\d+)$/.exec(part);
    if (range) {
      const [from, to] = [Number(range[1]), Number(range[2])];
      if (to < from || to - from > 4094) return part;
      for (let v = from; v <= to; v++) out.push(v);
    } else if (/^\d+$/.test(part)) out.push(Number(part));
    else return part; // not a number: the schema names it
  }
  return out;
}
export function formatVlanList(value: number[] | 'all' | undefined): string {
  if (value === undefined) return '';
  if (value === 'all') return 'all';
  return value.join(', ');
}

/** One setting of a VLAN configuration, as the user changed it: applied to one port or many. */
export type VlanSetting = {
  [K in keyof VlanConfig]-?: { key: K; value: VlanConfig[K] | undefined };
}[keyof VlanConfig];

/** A configuration with one setting changed; undefined when nothing is left set. */
export function withSetting<C extends VlanConfig>(
  config: C | undefined,
  s: VlanSetting,
): C | undefined {
  const next = { ...config } as C;
  if (s.value === undefined) delete next[s.key];
  else (next as VlanConfig)[s.key] = s.value as never;
  return Object.keys(next).length ? next : undefined;
}
