/**
 * Who acts on whom: actors as nodes (sized by events), source → target links (width by count,
 * colour by the dominant QuadClass). The layout is computed once per data set, then drawn still,
 * so the picture does not jitter. Clicking or pressing Enter on an actor filters by it.
 */
import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, select, type SimulationLinkDatum, type SimulationNodeDatum } from 'd3';
import type { ActorLink } from './api.js';
import { dominantColor, QUAD_COLORS, QUAD_LABELS } from './colors.js';

interface Node extends SimulationNodeDatum {
  id: string;
  name: string;
  events: number;
}
interface Edge extends SimulationLinkDatum<Node> {
  link: ActorLink;
}

/** Draws `links` into `svg`; `onActor` gets the code of a chosen actor. */
export function drawNetwork(svg: SVGSVGElement, links: readonly ActorLink[], selected: string, onActor: (code: string) => void): void {
  const width = svg.clientWidth || 900;
  const height = svg.clientHeight || 600;
  const root = select(svg).attr('viewBox', `0 0 ${width} ${height}`);
  root.selectAll('*').remove();
  if (links.length === 0) {
    root.append('text').attr('x', width / 2).attr('y', height / 2).attr('text-anchor', 'middle').attr('class', 'empty').text('No actor acts on another under these filters');
    return;
  }
  const nodes = new Map<string, Node>();
  const node = (id: string, name: string, n: number) => {
    const existing = nodes.get(id);
    if (existing) existing.events += n;
    else nodes.set(id, { id, name, events: n });
  };
  for (const l of links) (node(l.source, l.sourceName, l.events), node(l.target, l.targetName, l.events));
  const edges: Edge[] = links.filter((l) => l.source !== l.target).map((l) => ({ source: l.source, target: l.target, link: l }));
  const list = [...nodes.values()];
  const maxEvents = Math.max(...list.map((n) => n.events));
  const radius = (n: Node) => 6 + 18 * Math.sqrt(n.events / maxEvents);
  const maxLink = Math.max(...links.map((l) => l.events));
  const sim = forceSimulation(list)
    .force('link', forceLink<Node, Edge>(edges).id((n) => n.id).distance(110))
    .force('charge', forceManyBody().strength(-420))
    .force('collide', forceCollide<Node>().radius((n) => radius(n) + 30))
    .force('x', forceX(width / 2).strength(0.06))
    .force('y', forceY(height / 2).strength(0.09))
    .stop();
  // a fixed seed position per node keeps the layout the same for the same data
  list.forEach((n, i) => ((n.x = width / 2 + 200 * Math.cos(i * 2.4)), (n.y = height / 2 + 150 * Math.sin(i * 2.4))));
  for (let i = 0; i < 300; i++) sim.tick();
  for (const n of list) (n.x = clamp(n.x!, 60, width - 60)), (n.y = clamp(n.y!, radius(n) + 4, height - radius(n) - 18));

  const defs = root.append('defs');
  QUAD_COLORS.forEach((c, i) =>
    defs.append('marker').attr('id', `arrow-${i}`).attr('viewBox', '0 -5 10 10').attr('refX', 10).attr('markerUnits', 'userSpaceOnUse').attr('markerWidth', 12).attr('markerHeight', 12).attr('orient', 'auto')
      .append('path').attr('d', 'M0,-5L10,0L0,5').attr('fill', c),
  );
  const g = root.append('g');
  for (const e of edges) {
    const s = e.source as Node;
    const t = e.target as Node;
    const dx = t.x! - s.x!;
    const dy = t.y! - s.y!;
    const len = Math.hypot(dx, dy) || 1;
    const color = dominantColor(e.link.quad);
    const q = QUAD_COLORS.indexOf(color as (typeof QUAD_COLORS)[number]);
    g.append('line')
      .attr('class', 'edge')
      .attr('x1', s.x! + (dx / len) * radius(s)).attr('y1', s.y! + (dy / len) * radius(s))
      .attr('x2', t.x! - (dx / len) * (radius(t) + 2)).attr('y2', t.y! - (dy / len) * (radius(t) + 2))
      .attr('stroke', color).attr('stroke-width', 1 + 5 * Math.sqrt(e.link.events / maxLink)).attr('marker-end', `url(#arrow-${q})`)
      .append('title').text(`${e.link.sourceName} → ${e.link.targetName}: ${e.link.events} events (${e.link.quad.map((n, i) => (n ? `${n} ${QUAD_LABELS[i]}` : '')).filter(Boolean).join(', ')})`);
  }
  for (const n of list) {
    const a = g.append('g').attr('class', `actor${n.id === selected ? ' selected' : ''}`).attr('transform', `translate(${n.x},${n.y})`)
      .attr('tabindex', 0).attr('role', 'button').attr('aria-label', `${n.name} (${n.id}), ${n.events} events: filter by this actor`)
      .on('click', () => onActor(n.id))
      .on('keydown', (ev: KeyboardEvent) => {
        if (ev.key === 'Enter' || ev.key === ' ') (ev.preventDefault(), onActor(n.id));
      });
    a.append('circle').attr('r', radius(n));
    a.append('text').attr('y', radius(n) + 12).attr('text-anchor', 'middle').text(n.name.length > 28 ? `${n.name.slice(0, 27)}…` : n.name);
    a.append('title').text(`${n.name} (${n.id}): ${n.events} events`);
  }
}

function clamp(v: number, lo: number, hi: number): number {
  return Math.max(lo, Math.min(hi, v));
}
