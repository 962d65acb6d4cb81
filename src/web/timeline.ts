/**
 * The timeline: events per day (per week or month over long spans), stacked by QuadClass, with a
 * brush that picks the date range. Keyboard: ←/→ move the range by one bar, shift+←/→ widen or
 * narrow it, Escape clears it.
 */
import { axisBottom, brushX, type BrushBehavior, scaleLinear, scaleUtc, select, type Selection } from 'd3';
import type { DayCount } from './api.js';
import { QUAD_COLORS } from './colors.js';
import { binDays, DAY, iso, parse, type Bin } from './timeline-bins.js';

const MARGIN = { left: 36, right: 12, top: 8, bottom: 20 };

/** The timeline view. */
export class Timeline {
  private readonly svg: Selection<SVGSVGElement, unknown, null, undefined>;
  private readonly brush: BrushBehavior<unknown>;
  private x = scaleUtc();
  private bins: Bin[] = [];
  private quiet = false;
  private range: [string, string] | null = null;

  constructor(el: SVGSVGElement, private readonly onRange: (from: string, to: string) => void) {
    this.svg = select(el);
    this.brush = brushX().on('end', (event: { selection: [number, number] | null; sourceEvent?: unknown }) => {
      if (this.quiet || !event.sourceEvent) return;
      if (!event.selection) return this.emit(null);
      const [a, b] = event.selection.map((px) => this.x.invert(px).getTime());
      this.emit([iso(a), iso(Math.max(a, b - 1))]);
    });
    el.addEventListener('keydown', (e) => this.key(e));
    new ResizeObserver(() => this.draw()).observe(el);
  }

  /** Shows day counts, with `from`–`to` selected ('' = none). */
  set(days: readonly DayCount[], from: string, to: string): void {
    this.bins = binDays(days);
    this.range = from || to ? [from || days[0]?.date || to, to || days[days.length - 1]?.date || from] : null;
    this.draw();
  }

  /** Moves the selection to `from`–`to` ('' = none) without reloading the bars. */
  select(from: string, to: string): void {
    const days = this.bins;
    const first = days.length ? iso(days[0].start) : to;
    const last = days.length ? iso(days[days.length - 1].start) : from;
    this.range = from || to ? [from || first, to || last] : null;
    this.draw();
  }

  private draw(): void {
    const el = this.svg.node()!;
    const width = el.clientWidth || 800;
    const height = el.clientHeight || 110;
    this.svg.attr('viewBox', `0 0 ${width} ${height}`).selectAll('*').remove();
    if (this.bins.length === 0) {
      this.svg.append('text').attr('x', width / 2).attr('y', height / 2).attr('text-anchor', 'middle').attr('class', 'empty').text('No dated events match the filters');
      return;
    }
    const first = this.bins[0].start;
    const lastBin = this.bins[this.bins.length - 1];
    const end = Math.max(lastBin.start + lastBin.days * DAY, first + 7 * DAY);
    this.x = scaleUtc().domain([new Date(first), new Date(end)]).range([MARGIN.left, width - MARGIN.right]);
    const max = Math.max(...this.bins.map((b) => b.total));
    const y = scaleLinear().domain([0, max]).range([height - MARGIN.bottom, MARGIN.top]);
    const bars = this.svg.append('g').attr('class', 'bars');
    for (const bin of this.bins) {
      const x0 = this.x(new Date(bin.start));
      const w = Math.max(1, this.x(new Date(bin.start + bin.days * DAY)) - x0 - 1);
      let base = 0;
      for (let q = 0; q < 4; q++) {
        if (!bin.quad[q]) continue;
        bars.append('rect').attr('x', x0).attr('width', w).attr('y', y(base + bin.quad[q])).attr('height', y(base) - y(base + bin.quad[q])).attr('fill', QUAD_COLORS[q]);
        base += bin.quad[q];
      }
      bars.append('title').text(`${iso(bin.start)}${bin.days > 1 ? ` – ${iso(bin.start + (bin.days - 1) * DAY)}` : ''}: ${bin.total} events`);
    }
    this.svg.append('g').attr('transform', `translate(0,${height - MARGIN.bottom})`).call(axisBottom(this.x).ticks(Math.max(2, Math.floor(width / 110))));
    this.svg.append('text').attr('x', 4).attr('y', MARGIN.top + 8).attr('class', 'max').text(String(max));
    this.brush.extent([[MARGIN.left, MARGIN.top], [width - MARGIN.right, height - MARGIN.bottom]]);
    const g = this.svg.append('g').attr('class', 'brush').call(this.brush);
    if (this.range) {
      this.quiet = true;
      g.call(this.brush.move, [this.x(new Date(parse(this.range[0]))), this.x(new Date(parse(this.range[1]) + DAY))]);
      this.quiet = false;
    }
  }

  private key(e: KeyboardEvent): void {
    if (this.bins.length === 0) return;
    const step = this.bins[0].days * DAY;
    if (e.key === 'Escape') return (e.preventDefault(), this.emit(null));
    if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
    e.preventDefault();
    const dir = e.key === 'ArrowRight' ? 1 : -1;
    const lastBin = this.bins[this.bins.length - 1];
    let [a, b] = this.range ? this.range.map(parse) : [lastBin.start, lastBin.start + (lastBin.days - 1) * DAY];
    if (!this.range) return this.emit([iso(a), iso(b)]);
    if (e.shiftKey) b = Math.max(a, b + dir * step);
    else (a += dir * step), (b += dir * step);
    this.emit([iso(a), iso(b)]);
  }

  private emit(range: [string, string] | null): void {
    this.range = range;
    this.onRange(range?.[0] ?? '', range?.[1] ?? '');
  }
}
