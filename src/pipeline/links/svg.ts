/**
 * A small static SVG drawing of a provenance graph (who cites whom), as a
 * string: no client JavaScript, readable without colour (arrows and text),
 * with <title> and <desc> for screen readers. A pure function, so it is
 * rendered the same at build time, in tests and anywhere else.
 */

export interface GraphNode {
  id: string;
  label: string;
}

export interface GraphEdge {
  from: string;
  to: string;
  /** Shown on the edge when above 1 (briefs carrying it). */
  count?: number;
}

export interface SvgOptions {
  title: string;
  /** Prefix for element ids, unique per page (markers and labels are referenced by id). */
  idPrefix: string;
  /** At most this many nodes are drawn (the best connected); the description says how many were left out. */
  maxNodes?: number;
}

const NODE_W = 168;
const NODE_H = 30;
const COL_GAP = 72;
const ROW_GAP = 16;
const PAD = 12;
const MAX_LABEL = 22;

/** Nodes drawn by default. */
export const DEFAULT_MAX_NODES = 24;

/** The nodes a drawing keeps: the `maxNodes` best connected (by the briefs on their edges). */
export function keptNodes<N extends GraphNode>(nodes: N[], edges: GraphEdge[], maxNodes = DEFAULT_MAX_NODES): N[] {
  const degree = new Map<string, number>();
  for (const e of edges) for (const id of [e.from, e.to]) degree.set(id, (degree.get(id) ?? 0) + (e.count ?? 1));
  return [...nodes].sort((a, b) => (degree.get(b.id) ?? 0) - (degree.get(a.id) ?? 0) || a.id.localeCompare(b.id)).slice(0, maxNodes);
}

export function renderProvenanceSvg(nodes: GraphNode[], edges: GraphEdge[], options: SvgOptions): string {
  const { title, idPrefix, maxNodes = DEFAULT_MAX_NODES } = options;
  const kept = keptNodes(nodes, edges, maxNodes);
  const keptIds = new Set(kept.map((n) => n.id));
  const shownEdges = edges.filter((e) => keptIds.has(e.from) && keptIds.has(e.to) && e.from !== e.to);
  const labelOf = new Map(nodes.map((n) => [n.id, n.label]));

  const depth = layerDepths(kept.map((n) => n.id), shownEdges);
  const columns: string[][] = [];
  for (const n of kept.sort((a, b) => a.label.localeCompare(b.label))) (columns[depth.get(n.id)!] ??= []).push(n.id);
  const pos = new Map<string, { x: number; y: number }>();
  columns.forEach((col, c) => col.forEach((id, r) => pos.set(id, { x: PAD + c * (NODE_W + COL_GAP), y: PAD + r * (NODE_H + ROW_GAP) })));
  const width = PAD * 2 + Math.max(1, columns.length) * NODE_W + Math.max(0, columns.length - 1) * COL_GAP;
  const height = PAD * 2 + Math.max(1, ...columns.map((c) => c.length)) * (NODE_H + ROW_GAP) - ROW_GAP;

  const sentences = shownEdges.map((e) => `${labelOf.get(e.from) ?? e.from} cites ${labelOf.get(e.to) ?? e.to}${(e.count ?? 1) > 1 ? ` (in ${e.count} briefs)` : ''}.`);
  const left = nodes.length - kept.length;
  const desc = [sentences.length ? sentences.join(' ') : 'No citations between outlets were found.', left > 0 ? `${left} less connected outlets are not drawn.` : ''].filter(Boolean).join(' ');
  const tid = `${idPrefix}-title`;
  const did = `${idPrefix}-desc`;
  const marker = `${idPrefix}-arrow`;

  const edgeSvg = shownEdges.map((e) => {
    const a = pos.get(e.from)!;
    const b = pos.get(e.to)!;
    const forward = b.x > a.x;
    const x1 = forward ? a.x + NODE_W : a.x + NODE_W / 2;
    const y1 = forward ? a.y + NODE_H / 2 : a.y + NODE_H;
    const x2 = forward ? b.x : b.x + NODE_W / 2;
    const y2 = forward ? b.y + NODE_H / 2 : b.y + (b.y > a.y ? 0 : NODE_H);
    const path = forward ? `M${x1} ${y1} L${x2 - 2} ${y2}` : `M${x1} ${y1} C${x1 + 40} ${y1 + 30} ${x2 + 40} ${y2 + (b.y > a.y ? -30 : 30)} ${x2} ${y2}`;
    const count = (e.count ?? 1) > 1 ? `<text class="edge-count" x="${(x1 + x2) / 2}" y="${(y1 + y2) / 2 - 4}" text-anchor="middle">${e.count}</text>` : '';
    return `<path d="${path}" fill="none" stroke="currentColor" stroke-width="1.5" marker-end="url(#${marker})"/>${count}`;
  });
  const nodeSvg = kept.map((n) => {
    const p = pos.get(n.id)!;
    const label = n.label.length > MAX_LABEL ? `${n.label.slice(0, MAX_LABEL - 1)}…` : n.label;
    return `<g class="node"><title>${escapeXml(n.label)}</title><rect x="${p.x}" y="${p.y}" width="${NODE_W}" height="${NODE_H}" rx="4" fill="Canvas" stroke="currentColor"/><text x="${p.x + NODE_W / 2}" y="${p.y + NODE_H / 2 + 5}" text-anchor="middle">${escapeXml(label)}</text></g>`;
  });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" class="provenance-graph" role="img" aria-labelledby="${tid} ${did}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" font-family="system-ui, sans-serif" font-size="13">`,
    `<title id="${tid}">${escapeXml(title)}</title>`,
    `<desc id="${did}">${escapeXml(desc)}</desc>`,
    `<defs><marker id="${marker}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0 0 L10 5 L0 10 z" fill="currentColor"/></marker></defs>`,
    ...edgeSvg,
    ...nodeSvg,
    '</svg>',
  ].join('');
}

/** Column of each node: longest path from a node nothing cites into it, so citing chains read left to right. */
function layerDepths(ids: string[], edges: GraphEdge[]): Map<string, number> {
  const depth = new Map(ids.map((id) => [id, 0]));
  // Bellman-Ford style relaxation, bounded by the node count so cycles cannot loop forever.
  for (let round = 0; round < ids.length; round++) {
    let changed = false;
    for (const e of edges) {
      const next = depth.get(e.from)! + 1;
      if (next > depth.get(e.to)! && next < ids.length) {
        depth.set(e.to, next);
        changed = true;
      }
    }
    if (!changed) break;
  }
  return depth;
}

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}
