/**
 * The map: Leaflet over an offline base map (world-atlas country borders, no tile server), with
 * the server's clusters as markers (coloured by QuadClass, sized by mentions) or, in the control
 * view, the places each actor holds.
 */
import * as L from 'leaflet';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { EventCluster, Holding } from './api.js';
import { actorColor, dominantColor, esc, QUAD_COLORS, QUAD_LABELS } from './colors.js';

/** What the map tells the page. */
export interface MapHandlers {
  /** a cluster was chosen: its event (one) or the box of its cell (several) */
  onCluster(cluster: EventCluster, cell: [number, number, number, number]): void;
  /** a country of the base map was clicked (ISO-2) */
  onCountry(iso2: string, name: string): void;
  /** the view moved: "lat,lon,zoom" */
  onMove(at: string): void;
  /** a holding marker of the control view was chosen */
  onHolding(h: Holding): void;
}

/** The map of the page. */
export class EventMap {
  readonly map: L.Map;
  private readonly layer = L.layerGroup();
  private ring: L.CircleMarker | null = null;
  private cell = 0;

  constructor(el: HTMLElement, private readonly handlers: MapHandlers) {
    this.map = L.map(el, { preferCanvas: true, minZoom: 1, maxZoom: 14, worldCopyJump: true, zoomSnap: 1, attributionControl: true, keyboard: true });
    this.map.attributionControl.setPrefix(false).addAttribution('Borders: Natural Earth via world-atlas');
    this.layer.addTo(this.map);
    this.map.on('moveend', () => {
      const c = this.map.getCenter();
      this.handlers.onMove(`${c.lat.toFixed(3)},${c.lng.toFixed(3)},${this.map.getZoom()}`);
    });
  }

  /** Draws the country borders from a world-atlas topology; `isoOf` maps its numeric ids to ISO-2. */
  setBaseMap(topology: Topology, isoOf: (numeric: string) => { iso2: string; name: string } | undefined): void {
    const countries = feature(topology, topology.objects.countries as GeometryCollection);
    // Antarctica holds no events and its ring runs along the antimeridian: Leaflet would draw it as a band
    countries.features = countries.features.filter((f) => f.id !== '010').map(unwrapFeature);
    L.geoJSON(countries, {
      style: { color: '#ffffff', weight: 0.8, fillColor: '#e4e1d9', fillOpacity: 1 },
      onEachFeature: (f, layer) => {
        const country = isoOf(String(f.id ?? ''));
        const name = country?.name ?? (f.properties as { name?: string } | null)?.name ?? '';
        if (country) layer.on('click', () => this.handlers.onCountry(country.iso2, name));
      },
    }).addTo(this.map);
  }

  /** Moves to "lat,lon,zoom", or to the whole world. */
  goTo(at: string): void {
    const m = /^(-?[\d.]+),(-?[\d.]+),(\d{1,2})$/.exec(at);
    if (m) this.map.setView([Number(m[1]), Number(m[2])], Number(m[3]), { animate: false });
    else this.map.setView([25, 20], 2, { animate: false });
  }

  /** The zoom and the visible box (west,south,east,north; '' when the whole world shows). */
  view(): { zoom: number; bbox: string } {
    const b = this.map.getBounds().pad(0.1);
    const zoom = this.map.getZoom();
    if (b.getEast() - b.getWest() >= 360) return { zoom, bbox: '' };
    const wrap = (lon: number) => ((((lon + 180) % 360) + 360) % 360) - 180;
    const clampLat = (lat: number) => Math.max(-90, Math.min(90, lat));
    const fix = (x: number) => x.toFixed(4);
    return { zoom, bbox: [wrap(b.getWest()), clampLat(b.getSouth()), wrap(b.getEast()), clampLat(b.getNorth())].map(fix).join(',') };
  }

  /** Shows event clusters of cells `cell` degrees wide. */
  showClusters(clusters: readonly EventCluster[], cell: number): void {
    this.cell = cell;
    this.layer.clearLayers();
    for (const c of clusters) {
      const size = Math.round(Math.min(56, 18 + 6 * Math.sqrt(c.mentions)));
      const label = c.events > 1 ? String(c.events) : '';
      const icon = L.divIcon({
        className: 'cluster',
        html: `<span style="width:${size}px;height:${size}px;line-height:${size}px;background:${dominantColor(c.quad)}">${label}</span>`,
        iconSize: [size, size],
      });
      const title = `${c.place ?? 'Events here'}: ${c.events} event${c.events === 1 ? '' : 's'}, ${c.mentions} mention${c.mentions === 1 ? '' : 's'}`;
      const marker = L.marker([c.lat, c.lon], { icon, keyboard: true, title, alt: title, riseOnHover: true });
      marker.bindTooltip(`<b>${esc(c.place ?? `${c.events} events`)}</b><br>${c.quad.map((n, i) => (n ? `<i style="color:${QUAD_COLORS[i]}">●</i> ${n} ${QUAD_LABELS[i]}` : '')).filter(Boolean).join('<br>')}`);
      marker.on('click', () => this.handlers.onCluster(c, this.cellOf(c)));
      marker.addTo(this.layer);
    }
  }

  /** Shows who holds what: one marker per place, coloured by its holder. */
  showHoldings(holdings: readonly Holding[]): void {
    this.layer.clearLayers();
    for (const h of holdings) {
      if (h.lat === null || h.lon === null) continue;
      const holder = h.actor ? `${h.actorName ?? h.actor} (${h.actor})` : `unknown — lost by ${h.lostBy.map((l) => l.actorName).join(', ') || 'its holder'}`;
      const title = `${h.place}: ${holder} since ${h.since}`;
      const icon = L.divIcon({
        className: `holding${h.actor ? '' : ' unknown'}`,
        html: `<span style="border-color:${actorColor(h.actor)};background:${h.actor ? actorColor(h.actor) : 'transparent'}"></span><b>${esc(h.place)}</b>`,
        iconSize: [16, 16],
        iconAnchor: [8, 8],
      });
      const marker = L.marker([h.lat, h.lon], { icon, keyboard: true, title, alt: title });
      marker.on('click', () => this.handlers.onHolding(h));
      marker.addTo(this.layer);
    }
  }

  /** Rings the open event's place (null: removes the ring), panning to it when it is out of view. */
  highlight(lat: number | null, lon: number | null): void {
    this.ring?.remove();
    this.ring = null;
    if (lat === null || lon === null) return;
    this.ring = L.circleMarker([lat, lon], { radius: 22, color: '#f5b700', weight: 4, fill: false, interactive: false }).addTo(this.map);
    if (!this.map.getBounds().contains([lat, lon])) this.map.panTo([lat, lon], { animate: false });
  }

  /** Fits the map to points, when there are any. */
  fit(points: ReadonlyArray<{ lat: number | null; lon: number | null }>): void {
    const ll = points.filter((p) => p.lat !== null && p.lon !== null).map((p) => L.latLng(p.lat!, p.lon!));
    if (ll.length) this.map.fitBounds(L.latLngBounds(ll).pad(0.3), { maxZoom: 7, animate: false });
  }

  private cellOf(c: EventCluster): [number, number, number, number] {
    const gx = Math.floor((c.lon + 180) / this.cell);
    const gy = Math.floor((c.lat + 90) / this.cell);
    return [gx * this.cell - 180, gy * this.cell - 90, (gx + 1) * this.cell - 180, (gy + 1) * this.cell - 90];
  }
}

/** A polygon ring whose longitudes jump across the antimeridian, made continuous (Russia, Fiji): Leaflet would draw the jump as a line across the world. */
function unwrapRing(ring: number[][]): number[][] {
  let shift = 0;
  let prev = ring[0]?.[0] ?? 0;
  return ring.map(([lon, lat]) => {
    if (lon - prev > 180) shift -= 360;
    else if (prev - lon > 180) shift += 360;
    prev = lon;
    return [lon + shift, lat];
  });
}

function unwrapFeature<F extends GeoJSON.Feature>(f: F): F {
  const g = f.geometry;
  if (g?.type === 'Polygon') return { ...f, geometry: { ...g, coordinates: g.coordinates.map(unwrapRing) } };
  if (g?.type === 'MultiPolygon') return { ...f, geometry: { ...g, coordinates: g.coordinates.map((p) => p.map(unwrapRing)) } };
  return f;
}
