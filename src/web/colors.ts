/** Colours and labels shared by the views. */

/** QuadClass 1–4: verbal cooperation, material cooperation, verbal conflict, material conflict. */
export const QUAD_LABELS = ['verbal cooperation', 'material cooperation', 'verbal conflict', 'material conflict'] as const;
export const QUAD_COLORS = ['#3182bd', '#31a354', '#e6850e', '#cb181d'] as const;

/** The colour of the QuadClass with most events in a [q1, q2, q3, q4] count. */
export function dominantColor(quad: readonly number[]): string {
  let best = 0;
  for (let i = 1; i < 4; i++) if (quad[i] > quad[best]) best = i;
  return QUAD_COLORS[best];
}

const PALETTE = ['#1b9e77', '#d95f02', '#7570b3', '#e7298a', '#66a61e', '#e6ab02', '#a6761d', '#1f78b4', '#b15928', '#6a3d9a'];

/** A stable colour for an actor code (the control map's holders). */
export function actorColor(code: string | null): string {
  if (!code) return '#9e9e9e';
  let h = 0;
  for (let i = 0; i < code.length; i++) h = (Math.imul(h, 31) + code.charCodeAt(i)) | 0;
  return PALETTE[Math.abs(h) % PALETTE.length];
}

/** Escapes text for HTML. */
export function esc(s: string | number | null | undefined): string {
  return String(s ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
