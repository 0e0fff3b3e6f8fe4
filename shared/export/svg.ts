import type { Catalog } from '../catalog';
import { BUILTIN_CATALOG } from '../catalog';
import type { CableMedia, Design, Device, FormFactor } from '../model';
import { FORM_FACTOR_OF, cableName, maxOf, minOf, plural, portKey } from '../model';
import { summarize, validate } from '../rules';
import { VERSION } from '../version';
import type { DeviceBox, PortSide, PortSlot } from './geometry';
import {
  NODE,
  cableCourse,
  deviceBox,
  fallbackPosition,
  labelTransform,
  lagFrames,
  pairGroups,
  pairOutline,
  polyline,
  portSides,
  portStub,
} from './geometry';
import { TEXT_LIMIT, clipText } from './text';
import {
  CARD_BACKGROUND,
  FORM_FACTOR_STYLE,
  LAG_COLOR as LAG_COLORS,
  MEDIA_STYLE,
  ROLE_COLOR,
  ROLE_LABEL,
  portColor,
} from './visual';
import type { Paper } from './paper';
import { PAPER_SIZES } from './paper';

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
const LAG_COLOR = LAG_COLORS.light;
/** Text over lines (a cable stub crossing a card): a halo in the card's colour keeps it legible. */
const HALO = `stroke="${CARD_BACKGROUND.light}" stroke-width="3" paint-order="stroke"`;

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
  /** Port slots by name (card coordinates). */
  slots: Map<string, PortSlot>;
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
      slots: new Map(box.ports.map((p) => [p.name, p])),
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
    `<title>${escapeXml(clipText(design.meta.name, TEXT_LIMIT.tooltip))}</title>`,
  );
  if (options.background !== 'transparent')
    out.push(`<rect width="100%" height="100%" fill="#ffffff"/>`);
  out.push(`<g transform="translate(${n(ox)} ${n(oy)})">`);
  // Appended part by part: a design-sized part spread into push() overflows the stack.
  const stubs = cableStubs(design, placed, sides);
  for (const part of [
    pairOutlines(design, placed),
    cables(design, placed, stubs, !options.overview),
    devices(all, stubs, !options.overview),
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
  for (const group of pairGroups(design)) {
    const cards = group.members
      .map((id) => placed.get(id))
      .filter((p): p is Placed => p !== undefined)
      .map((p) => ({ x: p.x, y: p.y, width: p.box.width, height: p.box.height }));
    const r = pairOutline(cards);
    if (!r) continue;
    const color = ROLE_COLOR[group.role];
    out.push(
      `<rect x="${n(r.x)}" y="${n(r.y)}" width="${n(r.width)}" height="${n(r.height)}" rx="12" fill="${color}" fill-opacity="0.05" stroke="${color}" stroke-dasharray="6 4"/>`,
      `<text x="${n(r.x + 10)}" y="${n(r.y + 15)}" font-size="11" font-weight="600" fill="${color}">${escapeXml(group.label)}</text>`,
    );
  }
  return out;
}

/** LAG frames (geometry.ts lagFrames), drawn over the cards they belong to. */
function lagBrackets(design: Design, placed: Map<string, Placed>, labels: boolean): string[] {
  const out: string[] = [];
  for (const [deviceId, frames] of lagFrames(design)) {
    const p = placed.get(deviceId);
    if (!p) continue;
    for (const f of frames) {
      const x = p.x + f.x;
      const y = p.y + f.y;
      out.push(
        `<rect x="${n(x)}" y="${n(y)}" width="${n(f.width)}" height="${n(f.height)}" rx="4" fill="none" stroke="${LAG_COLOR}" stroke-width="1.2" data-lag="${escapeXml(f.lagId)}"${labels ? `><title>${escapeXml(f.title)}</title></rect>` : '/>'}`,
      );
      if (labels && f.label) {
        out.push(
          `<text x="${n(x + f.width - 2)}" y="${n(y - 1.5)}" font-size="8" font-weight="600" text-anchor="end" fill="${LAG_COLOR}" ${HALO}>${escapeXml(f.label)}</text>`,
        );
      }
    }
  }
  return out;
}

/** Each cabled port's stub (geometry.ts portStub) in diagram coordinates, by `device#port`. */
function cableStubs(
  design: Design,
  placed: Map<string, Placed>,
  sides: Map<string, Record<string, PortSide>>,
): Map<string, { stub: Array<[number, number]>; side: PortSide; color: string; dash?: string }> {
  const out = new Map<
    string,
    { stub: Array<[number, number]>; side: PortSide; color: string; dash?: string }
  >();
  for (const cable of design.cables) {
    const style = MEDIA_STYLE[cable.media];
    for (const end of [cable.a, cable.b]) {
      const p = placed.get(end.device);
      const slot = p?.slots.get(end.port);
      if (!p || !slot) continue;
      const side = sides.get(end.device)?.[end.port] ?? 'bottom';
      const stub = portStub(p.box, slot, side).map(([x, y]): [number, number] => [
        p.x + x,
        p.y + y,
      ]);
      out.set(portKey(end), {
        stub,
        side,
        color: style.color,
        ...(style.dash ? { dash: style.dash } : {}),
      });
    }
  }
  return out;
}

function cables(
  design: Design,
  placed: Map<string, Placed>,
  stubs: ReturnType<typeof cableStubs>,
  details: boolean,
): string[] {
  const lagOf = new Map<string, string>();
  for (const lag of design.lags)
    for (const m of lag.members) lagOf.set(portKey(m), lag.name || lag.id);
  const hostnameOf = (id: string) => placed.get(id)?.device.hostname;
  const out = ['<g fill="none" stroke-width="2">'];
  const labels: string[] = [];
  for (const cable of design.cables) {
    const a = placed.get(cable.a.device);
    const b = placed.get(cable.b.device);
    const sa = stubs.get(portKey(cable.a));
    const sb = stubs.get(portKey(cable.b));
    if (!a || !b || !sa || !sb) continue;
    const style = MEDIA_STYLE[cable.media];
    const course = cableCourse(sa, sb, n);
    const lag = lagOf.get(portKey(cable.a)) ?? lagOf.get(portKey(cable.b));
    const host = (d: Device) => clipText(d.hostname, TEXT_LIMIT.hostname);
    const tip = `${clipText(cableName(cable, hostnameOf), TEXT_LIMIT.tooltip)}: ${style.label}, ${cable.lengthM} m, ${host(a.device)} ${cable.a.port} to ${host(b.device)} ${cable.b.port}${lag ? `, LAG ${clipText(lag, TEXT_LIMIT.tooltip)}` : ''}`;
    out.push(
      `<path d="${course.d}" stroke="${style.color}"${style.dash ? ` stroke-dasharray="${style.dash}"` : ''} data-cable="${escapeXml(cable.id)}">${details ? `<title>${escapeXml(tip)}</title>` : ''}</path>`,
    );
    // The label at both ends, just outside each card, as on the cable itself.
    if (details && cable.label) {
      const text = escapeXml(clipText(cable.label, TEXT_LIMIT.cableLabel));
      for (const spot of [course.labelA, course.labelB])
        labels.push(
          `<text transform="${labelTransform(spot, n)}" y="3" font-size="8" font-weight="600" text-anchor="${spot.anchor}" fill="${INK}" stroke="#ffffff" stroke-width="3" paint-order="stroke">${text}</text>`,
        );
    }
  }
  out.push('</g>');
  for (const l of labels) out.push(l);
  return out;
}

function devices(all: Placed[], stubs: ReturnType<typeof cableStubs>, labels: boolean): string[] {
  const out: string[] = [];
  for (const { device, x, y, box } of all) {
    const role = ROLE_COLOR[device.role];
    out.push(`<g data-device="${escapeXml(device.id)}">`);
    // The full hostname, once; the drawn one is clipped.
    if (labels) out.push(`<title>${escapeXml(device.hostname)}</title>`);
    out.push(
      `<rect x="${n(x)}" y="${n(y)}" width="${n(box.width)}" height="${n(box.height)}" rx="8" fill="#ffffff" stroke="${BORDER}"/>`,
      `<path d="M${n(x + 8)} ${n(y)} H${n(x + box.width - 8)}" stroke="${role}" stroke-width="${NODE.stripe}"/>`,
    );
    // The cables' stubs over the card, jack to card edge, under the card's text and jacks. Left
    // out of overviews (as port names are): too small to follow there, and costly to rasterize.
    if (labels)
      for (const port of device.ports) {
        const stub = stubs.get(portKey({ device: device.id, port: port.name }));
        if (stub)
          out.push(
            `<path d="${polyline(stub.stub, n)}" fill="none" stroke="${stub.color}" stroke-width="2"${stub.dash ? ` stroke-dasharray="${stub.dash}"` : ''}/>`,
          );
      }
    out.push(
      `<text x="${n(x + NODE.padX)}" y="${n(y + NODE.stripe + NODE.padTop + 13)}" font-size="14" font-weight="700" fill="${INK}" ${HALO}>${escapeXml(clipText(device.hostname, TEXT_LIMIT.hostname))}</text>`,
    );
    // Role and model lines are 9-11 px: left out of overviews, where they would be unreadable.
    if (labels) {
      out.push(
        `<text x="${n(x + box.width - NODE.padX)}" y="${n(y + NODE.stripe + NODE.padTop + 12)}" font-size="9" letter-spacing="0.6" text-anchor="end" fill="${MUTED}" ${HALO}>${escapeXml(ROLE_LABEL[device.role].toUpperCase())}</text>`,
        `<text x="${n(x + NODE.padX)}" y="${n(y + NODE.stripe + NODE.padTop + NODE.headerH + 12)}" font-size="11" fill="${MUTED}" ${HALO}>${escapeXml(clipText(`${device.model.manufacturer} ${device.model.name}`, TEXT_LIMIT.model))}</text>`,
      );
    }
    device.ports.forEach((port, i) => {
      const slot = box.ports[i]!;
      const cx = x + slot.x;
      const cy = y + slot.y;
      const color = portColor(port.type);
      const used = stubs.has(portKey({ device: device.id, port: port.name }));
      const mgmtLike = port.role !== 'service';
      const jack = `<rect x="${n(cx - NODE.jackW / 2)}" y="${n(cy - NODE.jackH / 2)}" width="${NODE.jackW}" height="${NODE.jackH}" rx="${mgmtLike ? 5.5 : 2}" fill="${used ? color : '#ffffff'}" stroke="${color}" stroke-width="2"${mgmtLike && !used ? ' stroke-dasharray="3 2"' : ''}`;
      if (!labels) {
        out.push(`${jack}/>`);
        return;
      }
      out.push(
        `${jack}><title>${escapeXml(`${port.name}: ${FORM_FACTOR_OF[port.type]} ${port.speeds.map((s) => `${s}G`).join('/')} (${port.role})`)}</title></rect>`,
        `<text x="${n(cx)}" y="${n(cy + NODE.jackH / 2 + 8)}" font-size="7" text-anchor="middle" fill="${used ? INK : MUTED}"${used ? ' font-weight="600"' : ''} ${HALO}>${escapeXml(port.name.length > 9 ? `${port.name.slice(0, 8)}…` : port.name)}</text>`,
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
    `<rect x="10" y="${ly - 9}" width="16" height="10" rx="5" fill="none" stroke="${FORM_FACTOR_STYLE.RJ45.color}" stroke-width="2" stroke-dasharray="3 2"/>`,
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
    meta.author ? clipText(meta.author, TEXT_LIMIT.name) : 'no author',
  ].join('  ·  ');
  const checks = `Validation: ${plural(s.errors, 'error')} · ${plural(s.warnings, 'warning')} · ${plural(s.infos, 'info')}${s.suppressed ? ` · ${s.suppressed} suppressed` : ''}`;
  const counts = `${plural(design.devices.length, 'device')} · ${plural(design.cables.length, 'cable')} · ${plural(design.networks.length, 'network')}`;
  return [
    `<g transform="translate(${n(x)} ${n(y)})" fill="${INK}">`,
    `<rect width="${n(w)}" height="${TITLE_H - 20}" rx="6" fill="#f6f7f9" stroke="${BORDER}"/>`,
    `<text x="14" y="26" font-size="16" font-weight="700">${escapeXml(clipText(meta.name, TEXT_LIMIT.title))}</text>`,
    `<text x="14" y="48" font-size="11" fill="${MUTED}">${escapeXml(facts)}</text>`,
    `<text x="${n(w - 14)}" y="26" font-size="11" text-anchor="end"${s.errors ? ' fill="#b91c1c" font-weight="700"' : ''}>${escapeXml(checks)}</text>`,
    `<text x="${n(w - 14)}" y="48" font-size="11" text-anchor="end" fill="${MUTED}">${escapeXml(`${counts}  ·  ClusterWire ${VERSION}`)}</text>`,
    '</g>',
  ];
}
