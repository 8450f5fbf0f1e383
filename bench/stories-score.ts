/**
 * The matching rules of `npm run eval:stories` (the format is described in
 * bench/eval-stories.ts). Pure: it reads a report's findings and diagnostics
 * and the article texts, never the library, so tests can call it on a
 * hand-made report.
 */
import type { Diagnostic, Evidence, Finding, FindingKind, Span } from '../src/types';

/** A place in one article: `text` must occur in that article's file. */
export interface StoryRef {
  article: string;
  text: string;
}
/** One ref, or any one of several. */
export type StoryRequirement = StoryRef | { anyOf: StoryRef[] };

export interface MustShow {
  id: string;
  kind: FindingKind | 'figure-update';
  what: string;
  evidence: StoryRequirement[];
  note?: string;
}
export interface MustNotShow {
  id: string;
  kind: FindingKind | 'any';
  what: string;
  together?: StoryRequirement[];
  alone?: StoryRef[];
  never?: StoryRef[];
  note?: string;
}
export interface StoryExpected {
  story: string;
  mustShow: MustShow[];
  mustNotShow: MustNotShow[];
  notes?: { id: string; kind: string; what: string }[];
}

export interface ItemResult {
  id: string;
  kind: string;
  what: string;
  /** mustShow: found; mustNotShow: not violated. */
  ok: boolean;
  /** Why, for the printed line: the best partial match or the violating finding. */
  detail?: string;
}
export interface StoryScore {
  mustShow: ItemResult[];
  mustNotShow: ItemResult[];
}

/** Every ref of a requirement. */
export const refsOf = (r: StoryRequirement): StoryRef[] => ('anyOf' in r ? r.anyOf : [r]);

/** Every place `needle` occurs in `text`. */
function occurrences(text: string, needle: string): Span[] {
  const spans: Span[] = [];
  if (!needle) return spans;
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) spans.push({ start: i, end: i + needle.length });
  return spans;
}

/**
 * An evidence matches a ref when it is from the ref's article and its span
 * contains an occurrence of the ref's text, or lies inside one (so the figure
 * "more than 20,000" matches the ref "more than 20,000 displaced", and the
 * claim "The ministry said ... had returned to their posts." matches "had returned").
 */
export function evidenceMatches(e: Pick<Evidence, 'articleId' | 'span'>, ref: StoryRef, texts: Readonly<Record<string, string>>): boolean {
  if (e.articleId !== ref.article) return false;
  return occurrences(texts[ref.article] ?? '', ref.text).some(
    (o) => (e.span.start <= o.start && o.end <= e.span.end) || (o.start <= e.span.start && e.span.end <= o.end && e.span.start < e.span.end),
  );
}

const matchesRequirement = (e: Evidence, r: StoryRequirement, texts: Readonly<Record<string, string>>) => refsOf(r).some((ref) => evidenceMatches(e, ref, texts));
const isFigure = (e: Evidence) => e.value !== undefined;
const label = (r: StoryRequirement) => refsOf(r).map((x) => `${x.article}:"${x.text}"`).join(' | ');

/** A figure-update diagnostic as evidence: its later figure (the diagnostic's span). */
const updateEvidence = (diagnostics: readonly Diagnostic[]): Evidence[] =>
  diagnostics.filter((d) => d.rule === 'figure-update' && d.articleId && d.span).map((d) => ({ articleId: d.articleId!, span: d.span!, text: '' }));

function scoreMustShow(item: MustShow, findings: readonly Finding[], diagnostics: readonly Diagnostic[], texts: Readonly<Record<string, string>>): ItemResult {
  const base = { id: item.id, kind: item.kind, what: item.what };
  if (item.kind === 'figure-update') {
    // Each listed figure is the later figure of some update (one diagnostic per update).
    const updates = updateEvidence(diagnostics);
    const missing = item.evidence.filter((r) => !updates.some((e) => matchesRequirement(e, r, texts)));
    return { ...base, ok: missing.length === 0, ...(missing.length > 0 && { detail: `no update to ${missing.map(label).join(', ')}` }) };
  }
  let best = -1;
  let bestMissing: StoryRequirement[] = item.evidence;
  for (const f of findings) {
    if (f.kind !== item.kind) continue;
    const missing = item.evidence.filter((r) => !f.evidence.some((e) => matchesRequirement(e, r, texts)));
    if (missing.length === 0) return { ...base, ok: true };
    const held = item.evidence.length - missing.length;
    if (held > best) [best, bestMissing] = [held, missing];
  }
  const detail = best <= 0 ? `no ${item.kind} finding holds any of it` : `best finding holds ${best}/${item.evidence.length}; lacks ${bestMissing.map(label).join(', ')}`;
  return { ...base, ok: false, detail };
}

/**
 * Figures this close agree, as under the library's default tolerance: "45-metre" and
 * "roughly 150 feet" (45.7 m) on one side of a conflict are not set against each other.
 */
const AGREEING_RATIO = 1.05;

/** Do the figures matched in one finding differ (set against each other)? Non-figure evidence counts as set against. */
function setAgainst(matched: Evidence[]): boolean {
  const values = matched.filter(isFigure).map((e) => Math.abs(e.value!));
  if (values.length < matched.length) return true;
  const [low, high] = [Math.min(...values), Math.max(...values)];
  return low === 0 ? high > 0 : high / low > AGREEING_RATIO;
}

function scoreMustNotShow(item: MustNotShow, findings: readonly Finding[], texts: Readonly<Record<string, string>>): ItemResult {
  const base = { id: item.id, kind: item.kind, what: item.what };
  const ofKind = findings.filter((f) => item.kind === 'any' || f.kind === item.kind);
  const violated = (f: Finding, why: string): ItemResult => ({ ...base, ok: false, detail: `${why}: ${f.kind} "${f.summary}"` });
  for (const f of ofKind) {
    if (item.together) {
      const matched = item.together.map((r) => f.evidence.filter((e) => matchesRequirement(e, r, texts)));
      if (matched.every((m) => m.length > 0) && setAgainst([...new Set(matched.flat())])) return violated(f, 'together');
    }
    if (item.alone) {
      const figures = f.evidence.filter(isFigure);
      const all = figures.length >= 2 && figures.every((e) => item.alone!.some((ref) => evidenceMatches(e, ref, texts)));
      if (all && setAgainst(figures)) return violated(f, 'alone');
    }
    if (item.never) {
      const hit = item.never.find((ref) => f.evidence.some((e) => isFigure(e) && evidenceMatches(e, ref, texts)));
      if (hit) return violated(f, `${hit.article}:"${hit.text}"`);
    }
  }
  return { ...base, ok: true };
}

/**
 * Scores one story's report.
 * - mustShow: found when ONE finding of that kind has, for every requirement,
 *   an evidence matching it (`figure-update`: every requirement is the later
 *   figure of some figure-update diagnostic).
 * - mustNotShow, violated when one finding of that kind (`any`: of any kind)
 *   `together`: holds every requirement, and the matched figures differ (by more than 5%);
 *   `alone`: has two or more figures, all matching these refs, that differ (by more than 5%);
 *   `never`: has a figure evidence matching any of these refs.
 */
export function scoreStory(
  expected: StoryExpected,
  report: { findings: readonly Finding[]; diagnostics: readonly Diagnostic[] },
  texts: Readonly<Record<string, string>>,
): StoryScore {
  return {
    mustShow: expected.mustShow.map((item) => scoreMustShow(item, report.findings, report.diagnostics, texts)),
    mustNotShow: expected.mustNotShow.map((item) => scoreMustNotShow(item, report.findings, texts)),
  };
}

/** Every ref an expected.json names, for checking that each text occurs in its article. */
export function allRefs(expected: StoryExpected): StoryRef[] {
  return [
    ...expected.mustShow.flatMap((i) => i.evidence.flatMap(refsOf)),
    ...expected.mustNotShow.flatMap((i) => [...(i.together ?? []).flatMap(refsOf), ...(i.alone ?? []), ...(i.never ?? [])]),
  ];
}
