import type { CableMedia, FormFactor } from '../../../shared/model';
import {
  FORM_FACTOR_STYLE,
  MEDIA_STYLE,
  colorVar,
  mediaColorVar,
} from '../../../shared/export/visual';

export function Legend({ media }: { media: CableMedia[] }) {
  return (
    <div className="cw-legend" aria-label="Legend">
      {media.length ? <div className="cw-legend-title">Cables</div> : null}
      {media.map((m) => (
        <div className="cw-legend-row" key={m}>
          <svg width="28" height="8" aria-hidden="true">
            <line
              x1="0"
              y1="4"
              x2="28"
              y2="4"
              // The theme's colour, a CSS custom property (visual.ts paletteCss).
              style={{ stroke: mediaColorVar(m) }}
              strokeWidth="3"
              strokeDasharray={MEDIA_STYLE[m].dash}
            />
          </svg>
          {MEDIA_STYLE[m].label}
        </div>
      ))}
      <div className="cw-legend-title">Ports</div>
      {(Object.keys(FORM_FACTOR_STYLE) as FormFactor[]).map((ff) => (
        <div className="cw-legend-row" key={ff}>
          <span
            className="cw-legend-jack"
            style={{ background: `var(${colorVar(`port-${ff}`)})` }}
          />
          {FORM_FACTOR_STYLE[ff].label}
        </div>
      ))}
      <div className="cw-legend-row">
        <span className="cw-legend-jack cw-legend-mgmt" />
        management / BMC / HA
      </div>
    </div>
  );
}
