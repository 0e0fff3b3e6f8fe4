import { deviceBox, fallbackPosition } from '../export/geometry';
import { MEDIA_STYLE, ROLE_COLOR } from '../export/visual';
import type { Design } from '../model';
import { cableName } from '../model';

const NOT_XML =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * Text for an XML attribute: markup characters as entities, line breaks and tabs as character
 * references (a literal one would be folded to a space by attribute normalisation), and what
 * XML 1.0 cannot hold at all (other control characters, lone surrogates) as U+FFFD.
 */
export function xmlAttr(text: string): string {
  return text.replace(NOT_XML, '\ufffd').replace(
    /[&<>"'\n\r\t]/g,
    (c) =>
      ({
        '&': '&amp;',
        '<': '&lt;',
        '>': '&gt;',
        '"': '&quot;',
        "'": '&apos;',
        '\n': '&#xa;',
        '\r': '&#xd;',
        '\t': '&#x9;',
      })[c]!,
  );
}

const num = (n: number) => String(Math.round(n * 10) / 10);
/** Where a port name sits along its edge: near the end, clear of the device box. */
const END_LABEL_X = 0.75;

/**
 * The design as an uncompressed draw.io diagram (drawio.com's mxfile format): a box per device
 * at its canvas position in its role's colour, an edge per cable labelled with label, media and
 * length, and the port names as labels at both ends. Ids are the design's own (prefixed), so a
 * diagram exported twice differs only where the design does.
 */
export function drawioXml(design: Design): string {
  const cells: string[] = ['<mxCell id="0"/>', '<mxCell id="1" parent="0"/>'];
  const vertexId = new Map<string, string>();
  const hostnameOf = new Map(design.devices.map((d) => [d.id, d.hostname]));
  design.devices.forEach((device, i) => {
    const at = design.layout.positions[device.id] ?? fallbackPosition(i);
    const box = deviceBox(device);
    const id = `device-${device.id}`;
    vertexId.set(device.id, id);
    const color = ROLE_COLOR[device.role];
    const style = `rounded=1;whiteSpace=wrap;html=1;fillColor=${color};strokeColor=${color};fontColor=#ffffff;`;
    // html=1 renders the value as HTML: the names go in escaped once more for that.
    const value = `${html(device.hostname)}\n${html(device.model.name)}`;
    cells.push(
      `<mxCell id="${xmlAttr(id)}" value="${xmlAttr(value)}" style="${style}" vertex="1" parent="1">` +
        `<mxGeometry x="${num(at.x)}" y="${num(at.y)}" width="${num(box.width)}" height="${num(box.height)}" as="geometry"/>` +
        '</mxCell>',
    );
  });
  for (const cable of design.cables) {
    const source = vertexId.get(cable.a.device);
    const target = vertexId.get(cable.b.device);
    if (!source || !target) continue;
    const media = MEDIA_STYLE[cable.media];
    const id = `cable-${cable.id}`;
    const value = `${html(cableName(cable, (id) => hostnameOf.get(id)))}\n${media.label}, ${cable.lengthM} m`;
    cells.push(
      `<mxCell id="${xmlAttr(id)}" value="${xmlAttr(value)}" style="endArrow=none;html=1;strokeColor=${media.color};${media.dash ? `dashed=1;dashPattern=${media.dash};` : ''}" edge="1" parent="1" source="${xmlAttr(source)}" target="${xmlAttr(target)}">` +
        '<mxGeometry relative="1" as="geometry"/></mxCell>',
    );
    for (const [suffix, port, x] of [
      ['a', cable.a.port, -END_LABEL_X],
      ['b', cable.b.port, END_LABEL_X],
    ] as const) {
      cells.push(
        `<mxCell id="${xmlAttr(`${id}-${suffix}`)}" value="${xmlAttr(html(port))}" style="edgeLabel;html=1;align=center;verticalAlign=middle;resizable=0;points=[];fontSize=10;" vertex="1" connectable="0" parent="${xmlAttr(id)}">` +
          `<mxGeometry x="${x}" relative="1" as="geometry"><mxPoint as="offset"/></mxGeometry></mxCell>`,
      );
    }
  }
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<mxfile host="ClusterWire">',
    `  <diagram name="Physical" id="${xmlAttr(`clusterwire-${design.meta.name}`)}">`,
    '    <mxGraphModel grid="1" gridSize="10" guides="1" tooltips="1" connect="1" arrows="1" fold="1" page="0" pageScale="1" math="0" shadow="0">',
    '      <root>',
    ...cells.map((c) => `        ${c}`),
    '      </root>',
    '    </mxGraphModel>',
    '  </diagram>',
    '</mxfile>',
    '',
  ].join('\n');
}

/** draw.io shows an html=1 value as HTML: a name with < or & must not become markup there. */
function html(text: string): string {
  return text.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]!);
}
