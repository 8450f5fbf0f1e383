/**
 * Cuts an article's text into non-overlapping segments at every span boundary,
 * so spans that nest or overlap (a claim inside another claim's gap, a figure
 * inside a claim, evidence crossing a claim boundary) still render as flat,
 * well-formed markup. Each segment knows its innermost claim, every evidence
 * span over it, and whether it was skipped.
 */
import type { Span } from '../types';

export interface ClaimRanges {
  /** The characters the claim covers: its parts when discontinuous, else its span. */
  ranges: readonly Span[];
  /** Length of the claim's whole span: the shorter claim is the inner one. */
  extent: number;
}

export interface SegmentLayers {
  claims: readonly ClaimRanges[];
  evidence: readonly Span[];
  skipped: readonly Span[];
}

export interface Segment {
  start: number;
  end: number;
  /** Index into `layers.claims` of the innermost claim over the segment. */
  claim?: number;
  /** Indexes into `layers.evidence` of every evidence span over the segment, ascending. */
  evidence: number[];
  /** Index into `layers.skipped` of the first skipped span over the segment. */
  skipped?: number;
}

/** An offset as an integer inside the text, never splitting a surrogate pair (which would print as U+FFFD). */
function snap(text: string, offset: number): number {
  const n = Math.min(Math.max(Math.floor(offset), 0), text.length);
  const high = text.charCodeAt(n - 1);
  const low = text.charCodeAt(n);
  const splitsPair = high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff;
  return splitsPair ? n - 1 : n;
}

/** The span inside the text, or undefined when it is empty or not made of numbers. */
function normalize(text: string, span: Span | undefined): Span | undefined {
  if (!span || !Number.isFinite(span.start) || !Number.isFinite(span.end)) return undefined;
  const start = snap(text, span.start);
  const end = snap(text, span.end);
  return start < end ? { start, end } : undefined;
}

interface Cell extends Segment {}

function sameMarks(a: Cell, b: Cell): boolean {
  return (
    a.claim === b.claim &&
    a.skipped === b.skipped &&
    a.evidence.length === b.evidence.length &&
    a.evidence.every((e, i) => e === b.evidence[i])
  );
}

/** Adjacent cells carrying the same marks become one segment. */
function merge(cells: Cell[]): Segment[] {
  const out: Segment[] = [];
  for (const cell of cells) {
    const last = out[out.length - 1];
    if (last && sameMarks(last, cell)) last.end = cell.end;
    else out.push(cell);
  }
  return out;
}

/** Segments covering the whole text in order; an empty text has none. */
export function buildSegments(text: string, layers: SegmentLayers): Segment[] {
  const claimRanges = layers.claims.map((c) => c.ranges.map((r) => normalize(text, r)).filter((r): r is Span => !!r));
  const evidence = layers.evidence.map((s) => normalize(text, s));
  const skipped = layers.skipped.map((s) => normalize(text, s));
  const bounds = new Set<number>([0, text.length]);
  for (const r of [...claimRanges.flat(), ...evidence, ...skipped]) if (r) bounds.add(r.start).add(r.end);
  const sorted = [...bounds].sort((a, b) => a - b);
  const at = new Map(sorted.map((b, i) => [b, i] as const));
  const cells: Cell[] = sorted.slice(0, -1).map((start, i) => ({ start, end: sorted[i + 1] as number, evidence: [] }));
  // Visit the cells each span covers; a span touches only the cells between its own boundaries.
  const each = (r: Span, visit: (cell: Cell) => void) => {
    for (let i = at.get(r.start) as number; i < (at.get(r.end) as number); i++) visit(cells[i] as Cell);
  };
  claimRanges.forEach((ranges, ci) => {
    const extent = layers.claims[ci]?.extent ?? Infinity;
    for (const r of ranges) {
      each(r, (cell) => {
        // Strictly shorter wins, so between equals the earlier claim in report order stays.
        const current = cell.claim === undefined ? undefined : layers.claims[cell.claim];
        if (!current || extent < current.extent) cell.claim = ci;
      });
    }
  });
  evidence.forEach((r, ei) => r && each(r, (cell) => cell.evidence.push(ei)));
  skipped.forEach((r, si) => r && each(r, (cell) => (cell.skipped ??= si)));
  return merge(cells);
}
