import type { Catalog } from '../catalog';
import { BUILTIN_CATALOG } from '../catalog';
import type { CableMedia, Design, Device, FormFactor } from '../model';
import { FORM_FACTOR_OF, maxOf, minOf, portKey } from '../model';
import { summarize, validate } from '../rules';
import { VERSION } from '../version';
import type { DeviceBox, PortSide } from './geometry';
import type { Paper } from './paper';
import { PAPER_SIZES } from './paper';
import { NODE, cableControlYs, deviceBox, fallbackPosition, portSides } from './geometry';
import { FORM_FACTOR_STYLE, MEDIA_STYLE, ROLE_COLOR, ROLE_LABEL, portColor } from './visual';

export interface SvgOptions {
  catalog?: Catalog;
  /** White (default) for documents, transparent for slides and wikis. */
  background?: 'white' | 'transparent';
  /**
   * A raster overview of a very large design: hostnames, ports and cables, without the small
   * text (port names, role and model lines) or tooltips. Shrunk to fit, that text would be
   * unreadable smudges, and text is most of a rasterizer's work.
   */
  overview?: boolean;
  /**
   * Fit the drawing to landscape paper: the root's width and height become the paper's (mm or
   * in), the viewBox stays the drawing's, so it scales to fit, centred, aspect kept.
   */
  paper?: Paper;
}

/** Port labels are 7 px: below this raster scale they would be under 4 px, unreadable. */
export const PORT_LABEL_MIN_SCALE = 4 / 7;

const FONT = "Inter, 'DejaVu Sans', 'Segoe UI', Arial, sans-serif";
const MARGIN = 40;
const LEGEND_W = 200;
const TITLE_H = 86;
const INK = '#1d2330';
const MUTED = '#5f6b7a';
const BORDER = '#d5dae1';
/** LAG frames: a neutral slate, apart from cable and role colours. */
const LAG_COLOR = '#475569';

/** One decimal at most, so coordinates print the same on every machine. */
const n = (v: number) => String(Math.round(v * 10) / 10);

/** Characters XML 1.0 forbids in a document (C0 controls but tab and line breaks, U+FFFE/F). */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

/** Text for an SVG attribute or element; a forbidden character becomes U+FFFD, so the SVG stays well-formed. */
export function escapeXml(text: string): string {
  return text
    .replace(NOT_XML, '\ufffd')
    .replace(
      /[&<>"']/g,
      (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!,
    );
}

/** The root's width and height: the drawing's own in px, or the paper's (fitted by viewBox). */
function svgSize(width: number, height: number, paper: Paper | undefined): string {
  if (!paper) return `width="${n(width)}" height="${n(height)}"`;
  const size = PAPER_SIZES[paper];
  return `width="${size.width}${size.unit}" height="${size.height}${size.unit}" preserveAspectRatio="xMidYMid meet"`;
}

interface Placed {
  device: Device;
  x: number;
  y: number;
  box: DeviceBox;
  slots: Map<string, { x: number; y: number }>;
}

/**
 * The whole design as SVG: devices at their canvas positions in the canvas's visual language,
 * cables styled by media, MLAG and HA pairs outlined, a legend and a title block. A pure function
 * of the design (the revision date printed is the design's, never the clock), so the same design
 * gives byte-identical text. Text stays text: searchable, and fonts fall back by name.
 */
export function designSvg(design: Design, options: SvgOptions = {}): string {
  const catalog = options.catalog ?? BUILTIN_CATALOG;
  const sides = portSides(design);
  const placed = new Map<string, Placed>();
  design.devices.forEach((device, i) => {
    const at = design.layout.positions[device.id] ?? fallbackPosition(i);
    const box = deviceBox(device);
    placed.set(device.id, {
      device,
      x: at.x,
      y: at.y,
      box,
      slots: new Map(box.ports.map((p) => [p.name, { x: at.x + p.x, y: at.y + p.y }])),
    });
  });

  // Diagram bounds, then the canvas: diagram, legend column to its right, title block below.
  const all = [...placed.values()];
  const minX = minOf(
    all.map((p) => p.x),
    0,
  );
  const minY = minOf(
    all.map((p) => p.y),
    0,
  );
  const maxX = maxOf(
    all.map((p) => p.x + p.box.width),
    400,
  );
  const maxY = maxOf(
    all.map((p) => p.y + p.box.height),
    200,
  );
  const ox = MARGIN - minX;
  const oy = MARGIN - minY;
  const diagramW = maxX - minX;
  const diagramH = maxY - minY;
  const width = diagramW + 2 * MARGIN + LEGEND_W;
  const height = Math.max(diagramH + 2 * MARGIN, 420) + TITLE_H;

  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" ${svgSize(width, height, options.paper)} viewBox="0 0 ${n(width)} ${n(height)}" font-family="${escapeXml(FONT)}">`,
    `<title>${escapeXml(design.meta.name)}</title>`,
  );
  if (options.background !== 'transparent')
    out.push(`<rect width="100%" height="100%" fill="#ffffff"/>`);
  out.push(`<g transform="translate(${n(ox)} ${n(oy)})">`);
  // Appended part by part: a design-sized part spread into push() overflows the stack.
  for (const part of [
    pairOutlines(design, placed),
    cables(design, placed, sides, !options.overview),
    devices(all, sides, !options.overview),
    lagBrackets(design, placed, !options.overview),
  ])
    for (const line of part) out.push(line);
  out.push('</g>');
  for (const line of legend(design, width - LEGEND_W - MARGIN / 2, MARGIN)) out.push(line);
  for (const line of titleBlock(design, catalog, MARGIN, height - TITLE_H, width - 2 * MARGIN))
    out.push(line);
  out.push('</svg>');
  return `${out.join('\n')}\n`;
}

function pairOutlines(design: Design, placed: Map<string, Placed>): string[] {
  const out: string[] = [];
  const outline = (ids: readonly string[], label: string, color: string) => {
    const members = ids.map((id) => placed.get(id)).filter((p): p is Placed => p !== undefined);
    if (members.length < 2) return;
    const x = minOf(members.map((p) => p.x)) - 14;
    const y = minOf(members.map((p) => p.y)) - 24;
    const w = maxOf(members.map((p) => p.x + p.box.width)) + 14 - x;
    const h = maxOf(members.map((p) => p.y + p.box.height)) + 14 - y;
    out.push(
      `<rect x="${n(x)}" y="${n(y)}" width="${n(w)}" height="${n(h)}" rx="12" fill="${color}" fill-opacity="0.05" stroke="${color}" stroke-dasharray="6 4"/>`,
      `<text x="${n(x + 10)}" y="${n(y + 15)}" font-size="11" font-weight="600" fill="${color}">${escapeXml(label)}</text>`,
    );
  };
  for (const pair of design.mlagPairs)
    outline(
      pair.switches,
      `MLAG pair${pair.name ? ` ${pair.name}` : ''}`,
      ROLE_COLOR['core-switch'],
    );
  for (const pair of design.haPairs)
    outline(pair.firewalls, 'Firewall HA pair', ROLE_COLOR.firewall);
  return out;
}

/**
 * Each LAG's member ports on a device, framed and named (bond0, Po1): how a reader sees which
 * cables form one logical link. Members in different port rows get a frame per row.
 */
function lagBrackets(design: Design, placed: Map<string, Placed>, labels: boolean): string[] {
  const out: string[] = [];
  for (const lag of design.lags) {
    const byRow = new Map<string, { x: number; y: number }[]>();
    for (const m of lag.members) {
      const slot = placed.get(m.device)?.slots.get(m.port);
      if (!slot) continue;
      const key = `${m.device}@${slot.y}`;
      byRow.set(key, [...(byRow.get(key) ?? []), slot]);
    }
    for (const slots of byRow.values()) {
      const x = minOf(slots.map((s) => s.x)) - NODE.cellW / 2 + 2;
      const w = maxOf(slots.map((s) => s.x)) + NODE.cellW / 2 - 2 - x;
      const y = slots[0]!.y - NODE.jackH / 2 - 4;
      const h = NODE.cellH + 6;
      out.push(
        `<rect x="${n(x)}" y="${n(y)}" width="${n(w)}" height="${n(h)}" rx="4" fill="none" stroke="${LAG_COLOR}" stroke-width="1.2" data-lag="${escapeXml(lag.id)}"${labels ? `><title>${escapeXml(`LAG ${lag.name || lag.id} (${lag.mode}${lag.mlagPair ? ', MLAG' : ''})`)}</title></rect>` : '/>'}`,
      );
      // A one-port frame (one switch's half of an MLAG LAG) is too narrow for its name, which
      // would run into its neighbours: the tooltip names it.
      if (labels && slots.length > 1) {
        out.push(
          `<text x="${n(x + w - 2)}" y="${n(y - 2)}" font-size="8" font-weight="600" text-anchor="end" fill="${LAG_COLOR}" stroke="#ffffff" stroke-width="3" paint-order="stroke">${escapeXml(lag.name || lag.id)}</text>`,
        );
      }
    }
  }
  return out;
}

function cables(
  design: Design,
  placed: Map<string, Placed>,
  sides: Map<string, Record<string, PortSide>>,
  tooltips: boolean,
): string[] {
  const lagOf = new Map<string, string>();
  for (const lag of design.lags)
    for (const m of lag.members) lagOf.set(portKey(m), lag.name || lag.id);
  const out = ['<g fill="none" stroke-width="2">'];
  for (const cable of design.cables) {
    const a = placed.get(cable.a.device);
    const b = placed.get(cable.b.device);
    const pa = a?.slots.get(cable.a.port);
    const pb = b?.slots.get(cable.b.port);
    if (!a || !b || !pa || !pb) continue;
    const style = MEDIA_STYLE[cable.media];
    const sa = sides.get(cable.a.device)?.[cable.a.port] ?? 'bottom';
    const sb = sides.get(cable.b.device)?.[cable.b.port] ?? 'bottom';
    const ya = pa.y + (sa === 'top' ? -NODE.jackH / 2 : NODE.jackH / 2);
    const yb = pb.y + (sb === 'top' ? -NODE.jackH / 2 : NODE.jackH / 2);
    const [ca, cb] = cableControlYs(ya, sa, yb, sb);
    const lag = lagOf.get(portKey(cable.a)) ?? lagOf.get(portKey(cable.b));
    const tip = `${cable.label ?? cable.id}: ${style.label}, ${cable.lengthM} m, ${a.device.hostname} ${cable.a.port} to ${b.device.hostname} ${cable.b.port}${lag ? `, LAG ${lag}` : ''}`;
    out.push(
      `<path d="M${n(pa.x)} ${n(ya)} C${n(pa.x)} ${n(ca)} ${n(pb.x)} ${n(cb)} ${n(pb.x)} ${n(yb)}" stroke="${style.color}"${style.dash ? ` stroke-dasharray="${style.dash}"` : ''} data-cable="${escapeXml(cable.id)}">${tooltips ? `<title>${escapeXml(tip)}</title>` : ''}</path>`,
    );
  }
  out.push('</g>');
  return out;
}

function devices(
  all: Placed[],
  sides: Map<string, Record<string, PortSide>>,
  labels: boolean,
): string[] {
  const out: string[] = [];
  for (const { device, x, y, box } of all) {
    const cabled = sides.get(device.id) ?? {};
    const role = ROLE_COLOR[device.role];
    out.push(
      `<g data-device="${escapeXml(device.id)}">`,
      `<rect x="${n(x)}" y="${n(y)}" width="${n(box.width)}" height="${n(box.height)}" rx="8" fill="#ffffff" stroke="${BORDER}"/>`,
      `<path d="M${n(x + 8)} ${n(y)} H${n(x + box.width - 8)}" stroke="${role}" stroke-width="${NODE.stripe}"/>`,
      `<text x="${n(x + NODE.padX)}" y="${n(y + NODE.stripe + NODE.padTop + 13)}" font-size="14" font-weight="700" fill="${INK}">${escapeXml(device.hostname)}</text>`,
    );
    // Role and model lines are 9-11 px: left out of overviews, where they would be unreadable.
    if (labels) {
      out.push(
        `<text x="${n(x + box.width - NODE.padX)}" y="${n(y + NODE.stripe + NODE.padTop + 12)}" font-size="9" letter-spacing="0.6" text-anchor="end" fill="${MUTED}">${escapeXml(ROLE_LABEL[device.role].toUpperCase())}</text>`,
        `<text x="${n(x + NODE.padX)}" y="${n(y + NODE.stripe + NODE.padTop + NODE.headerH + 12)}" font-size="11" fill="${MUTED}">${escapeXml(`${device.model.manufacturer} ${device.model.name}`)}</text>`,
      );
    }
    device.ports.forEach((port, i) => {
      const slot = box.ports[i]!;
      const cx = x + slot.x;
      const cy = y + slot.y;
      const color = portColor(port.type);
      const used = port.name in cabled;
      const mgmtLike = port.role !== 'service';
      const jack = `<rect x="${n(cx - NODE.jackW / 2)}" y="${n(cy - NODE.jackH / 2)}" width="${NODE.jackW}" height="${NODE.jackH}" rx="${mgmtLike ? 5.5 : 2}" fill="${used ? color : '#ffffff'}" stroke="${color}" stroke-width="2"${mgmtLike && !used ? ' stroke-dasharray="3 2"' : ''}`;
      if (!labels) {
        out.push(`${jack}/>`);
        return;
      }
      out.push(
        `${jack}><title>${escapeXml(`${port.name}: ${FORM_FACTOR_OF[port.type]} ${port.speeds.map((s) => `${s}G`).join('/')} (${port.role})`)}</title></rect>`,
        `<text x="${n(cx)}" y="${n(cy + NODE.jackH / 2 + 8)}" font-size="7" text-anchor="middle" fill="${used ? INK : MUTED}"${used ? ' font-weight="600"' : ''}>${escapeXml(port.name.length > 9 ? `${port.name.slice(0, 8)}…` : port.name)}</text>`,
      );
    });
    out.push('</g>');
  }
  return out;
}

function legend(design: Design, x: number, y: number): string[] {
  const media = [...new Set(design.cables.map((c) => c.media))].sort() as CableMedia[];
  const forms = [
    ...new Set(
      design.devices.flatMap((d) =>
        d.ports.filter((p) => p.role === 'service').map((p) => FORM_FACTOR_OF[p.type]),
      ),
    ),
  ];
  const order = Object.keys(FORM_FACTOR_STYLE) as FormFactor[];
  forms.sort((a, b) => order.indexOf(a) - order.indexOf(b));
  const rows = 2 + media.length + forms.length + 1 + (design.lags.length > 0 ? 1 : 0);
  const h = 20 + rows * 18;
  const out = [
    `<g transform="translate(${n(x)} ${n(y)})" font-size="11" fill="${INK}">`,
    `<rect width="${LEGEND_W - 20}" height="${n(h)}" rx="6" fill="#ffffff" stroke="${BORDER}"/>`,
  ];
  let row = 0;
  const line = () => 24 + row++ * 18;
  const heading = (text: string) =>
    out.push(
      `<text x="10" y="${line()}" font-size="9" font-weight="700" letter-spacing="0.6" fill="${MUTED}">${text}</text>`,
    );
  heading('CABLES');
  for (const m of media) {
    const ly = line();
    const s = MEDIA_STYLE[m];
    out.push(
      `<path d="M10 ${ly - 4} H38" stroke="${s.color}" stroke-width="3"${s.dash ? ` stroke-dasharray="${s.dash}"` : ''}/>`,
      `<text x="46" y="${ly}">${escapeXml(s.label)}</text>`,
    );
  }
  heading('PORTS');
  for (const f of forms) {
    const ly = line();
    out.push(
      `<rect x="10" y="${ly - 9}" width="16" height="10" rx="2" fill="${FORM_FACTOR_STYLE[f].color}"/>`,
      `<text x="34" y="${ly}">${escapeXml(FORM_FACTOR_STYLE[f].label)}</text>`,
    );
  }
  const ly = line();
  out.push(
    `<rect x="10" y="${ly - 9}" width="16" height="10" rx="5" fill="none" stroke="#8a919c" stroke-width="2" stroke-dasharray="3 2"/>`,
    `<text x="34" y="${ly}">management / BMC / HA</text>`,
  );
  if (design.lags.length > 0) {
    const lagY = line();
    out.push(
      `<rect x="6" y="${lagY - 12}" width="24" height="16" rx="4" fill="none" stroke="${LAG_COLOR}" stroke-width="1.2"/>`,
      `<text x="34" y="${lagY}">LAG (bond) member ports</text>`,
    );
  }
  out.push('</g>');
  return out;
}

function titleBlock(design: Design, catalog: Catalog, x: number, y: number, w: number): string[] {
  const s = summarize(validate(design, { catalog }));
  const meta = design.meta;
  const facts = [
    `Revision ${meta.revision}`,
    meta.revisionDate ?? 'no revision date',
    meta.author || 'no author',
  ].join('  ·  ');
  const checks = `Validation: ${s.errors} errors · ${s.warnings} warnings · ${s.infos} infos${s.suppressed ? ` · ${s.suppressed} suppressed` : ''}`;
  const counts = `${design.devices.length} devices · ${design.cables.length} cables · ${design.networks.length} networks`;
  return [
    `<g transform="translate(${n(x)} ${n(y)})" fill="${INK}">`,
    `<rect width="${n(w)}" height="${TITLE_H - 20}" rx="6" fill="#f6f7f9" stroke="${BORDER}"/>`,
    `<text x="14" y="26" font-size="16" font-weight="700">${escapeXml(meta.name)}</text>`,
    `<text x="14" y="48" font-size="11" fill="${MUTED}">${escapeXml(facts)}</text>`,
    `<text x="${n(w - 14)}" y="26" font-size="11" text-anchor="end"${s.errors ? ' fill="#b91c1c" font-weight="700"' : ''}>${escapeXml(checks)}</text>`,
    `<text x="${n(w - 14)}" y="48" font-size="11" text-anchor="end" fill="${MUTED}">${escapeXml(`${counts}  ·  ClusterWire ${VERSION}`)}</text>`,
    '</g>',
  ];
}
