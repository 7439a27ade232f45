/**
 * The province chart: an inline SVG, one bar per body (its rounded total on 0–100, coloured by zone) with the
 * grade or zone edges drawn across. Geometry only: the values shown are the library's strings.
 */
import type { Zone } from './engine.js';

const SVG = 'http://www.w3.org/2000/svg';
const WIDTH = 400;
const ROW = 30;
const TOP = 22;

export interface Bar {
  readonly id: string;
  /** Rounded total as the library gives it ("76.21"). */
  readonly total: string;
  /** The total in the page's language ("76,21"). */
  readonly shown: string;
  readonly zone: Zone;
}

export interface Edge {
  /** Band minimum ("78.00"). */
  readonly min: string;
  /** What to write at the edge ("B"). */
  readonly label: string;
}

function element<K extends keyof SVGElementTagNameMap>(name: K, attributes: Record<string, string | number>, text?: string) {
  const node = document.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Draws the chart; `title` names it for screen readers. */
export function barChart(bars: readonly Bar[], edges: readonly Edge[], title: string): SVGSVGElement {
  const height = TOP + bars.length * ROW + 4;
  const x = (total: string) => (Number(total) / 100) * WIDTH;
  const svg = element('svg', { viewBox: `0 0 ${WIDTH} ${height}`, role: 'img', class: 'chart', 'data-testid': 'chart' });
  svg.append(element('title', {}, title));
  bars.forEach((bar, i) => {
    const y = TOP + i * ROW;
    const group = element('g', { class: 'row' });
    group.append(element('text', { x: 0, y: y + 10, class: 'name' }, bar.id));
    group.append(element('rect', { x: 0, y: y + 13, width: Math.max(x(bar.total), 1), height: 12, class: `bar zone-${bar.zone}`, 'data-zone': bar.zone }));
    group.append(element('text', { x: WIDTH, y: y + 10, class: 'value', 'text-anchor': 'end' }, bar.shown));
    svg.append(group);
  });
  for (const edge of edges) {
    if (Number(edge.min) <= 0) continue;
    const at = x(edge.min);
    svg.append(element('line', { x1: at, x2: at, y1: 12, y2: height, class: 'edge' }));
    svg.append(element('text', { x: at, y: 10, class: 'edge-label', 'text-anchor': 'middle' }, edge.label));
  }
  return svg;
}
