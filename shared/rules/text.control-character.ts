import type { Cluster, Design, Device, Port } from '../model';
import { controlCharactersIn, hasControlCharacter, printable } from '../model';
import type { Target } from './finding';
import type { RawFinding, Rule } from './rule';
import { t } from './targets';

/** A text field to check: what to call it in a message, its value, whether it may break lines. */
type Field = [name: string, value: string | undefined, multiline?: boolean];

/** "model name holds \x1b, port eno1 description holds \x07 and \x00" */
function problems(fields: Field[]): string[] {
  const out: string[] = [];
  for (const [name, value, multiline] of fields) {
    if (!hasControlCharacter(value)) continue;
    const found = controlCharactersIn(value, multiline);
    if (found.length > 0) out.push(`${name} holds ${found.join(' ')}`);
  }
  return out;
}

/** A port whose name, card, slot or description holds a control character. */
const portHasControlCharacter = (p: Port) =>
  hasControlCharacter(p.name) ||
  hasControlCharacter(p.card) ||
  hasControlCharacter(p.slot) ||
  hasControlCharacter(p.config?.description);

/** Any of the device's free text holds a control character: most devices are clean. */
function deviceHasControlCharacter(d: Device): boolean {
  if (
    hasControlCharacter(d.model.manufacturer) ||
    hasControlCharacter(d.model.name) ||
    hasControlCharacter(d.model.partNumber)
  )
    return true;
  for (let i = 0; i < d.ports.length; i++) if (portHasControlCharacter(d.ports[i]!)) return true;
  const disks = d.server?.disks ?? [];
  for (let i = 0; i < disks.length; i++) if (hasControlCharacter(disks[i]!.name)) return true;
  return false;
}

/** The device's free text; its hostname is host.name-invalid's to judge (no double finding). */
function deviceFields(d: Device): Field[] {
  const fields: Field[] = [
    ['model manufacturer', d.model.manufacturer],
    ['model name', d.model.name],
    ['model part number', d.model.partNumber],
  ];
  for (const p of d.ports) {
    if (!portHasControlCharacter(p)) continue; // name the fields of the ports that are not clean
    const name = printable(p.name);
    fields.push(
      [`port name ${name}`, p.name],
      [`port ${name} card`, p.card],
      [`port ${name} slot`, p.slot],
      [`port ${name} description`, p.config?.description],
    );
  }
  for (const disk of d.server?.disks ?? []) fields.push(['disk name', disk.name]);
  return fields;
}

function clusterHasControlCharacter(c: Cluster): boolean {
  if (hasControlCharacter(c.domain)) return true;
  for (let i = 0; i < c.ceph.pools.length; i++)
    if (hasControlCharacter(c.ceph.pools[i]!.name)) return true;
  return false;
}

function designFields(design: Design): Field[] {
  const fields: Field[] = [
    ['design name', design.meta.name],
    ['revision', design.meta.revision],
    ['author', design.meta.author],
    ['notes', design.meta.notes, true],
  ];
  for (const s of design.suppressions) fields.push([`suppression reason (${s.rule})`, s.reason]);
  return fields;
}

export const textControlCharacter: Rule = {
  id: 'text.control-character',
  severity: 'warning',
  title: 'Text holds control characters',
  why: 'Control characters (ESC, BEL, NUL, ...) are invisible, cannot be printed on a cable label or typed into a switch, and most are not allowed in XML; usually they come from a paste. ClusterWire escapes them in every output (\\xNN on a terminal, U+FFFD in SVG), so the text no longer reads as typed. A warning, not an error: the network the design describes is not wrong.',
  hint: 'Retype the text without the control characters shown as \\xNN (line breaks and tabs are allowed in the design notes).',
  readsMetaAndSuppressions: true,
  source:
    'RFC 5198 section 2 (text for network interchange: no control characters apart from line endings), https://www.rfc-editor.org/rfc/rfc5198#section-2; XML 1.0 Char production, https://www.w3.org/TR/xml/#charsets',
  check({ design }) {
    const out: RawFinding[] = [];
    // Most designs are clean: a message is built only where something was found.
    const add = (what: string, found: string[], targets: Target[]) =>
      out.push({ message: `${what}: ${found.join('; ')}`, targets });
    for (let i = 0; i < design.devices.length; i++) {
      const d = design.devices[i]!;
      if (!deviceHasControlCharacter(d)) continue;
      const found = problems(deviceFields(d));
      if (found.length > 0) add(`device ${printable(d.hostname)} (${d.id})`, found, [t.device(d)]);
    }
    for (let i = 0; i < design.cables.length; i++) {
      const c = design.cables[i]!;
      if (!hasControlCharacter(c.label) && !hasControlCharacter(c.color)) continue;
      const found = problems([
        ['label', c.label],
        ['colour', c.color],
      ]);
      if (found.length > 0) add(`cable ${printable(c.label || c.id)}`, found, [t.cable(c)]);
    }
    for (let i = 0; i < design.lags.length; i++) {
      const l = design.lags[i]!;
      if (!hasControlCharacter(l.name)) continue;
      const found = problems([['name', l.name]]);
      if (found.length > 0) add(`LAG ${l.id}`, found, [t.lag(l)]);
    }
    for (let i = 0; i < design.mlagPairs.length; i++) {
      const m = design.mlagPairs[i]!;
      if (!hasControlCharacter(m.name)) continue;
      const found = problems([['name', m.name]]);
      if (found.length > 0) add(`MLAG pair ${m.id}`, found, [t.mlagPair(m.id)]);
    }
    for (let i = 0; i < design.networks.length; i++) {
      const n = design.networks[i]!;
      if (!hasControlCharacter(n.name)) continue;
      const found = problems([['name', n.name]]);
      if (found.length > 0) add(`network ${n.id}`, found, [t.network(n)]);
    }
    for (let i = 0; i < design.clusters.length; i++) {
      const c = design.clusters[i]!;
      if (!clusterHasControlCharacter(c)) continue;
      const fields: Field[] = [['domain', c.domain]];
      for (const pool of c.ceph.pools) fields.push(['Ceph pool name', pool.name]);
      const found = problems(fields);
      if (found.length > 0) add(`cluster ${printable(c.name)} (${c.id})`, found, [t.cluster(c)]);
    }
    const found = problems(designFields(design));
    if (found.length > 0) add('the design', found, []);
    return out;
  },
};
