/**
 * Quantity extraction benchmark: our extractQuantities against Microsoft
 * Recognizers-Text (English) on every phrasing of the quantities fixture.
 * Run: npx tsx bench/quantities.ts [--verbose]
 *
 * How a phrasing is scored (the same rule for both systems):
 * - pick the result with a value whose span overlaps the expected text most
 *   (none -> wrong);
 * - value: |got - want| <= 0.2% of want (1 s for dates), so fractions read as
 *   0.6667 by the peer match our 66.7 percent;
 * - value+unit: value right and unit right;
 * - interval: low and high right. Recognizers has no intervals for amounts,
 *   so for it low = high = value and the interval only counts when the phrase
 *   has no qualifier; its date ranges are compared as they are.
 *
 * Which Recognizers model reads which expected unit (generous to the peer):
 *   count, people, percentage point -> number model (its "number" accepted as
 *                                      count, people or percentage point)
 *   percent   -> percentage model; else number model, a value <= 1 taken as a
 *                fraction (x100), as we read "two-thirds"
 *   km, km2, tonne -> dimension model: Meter, Kilometer, Mile, Square
 *                kilometer/mile/hectometer (= hectare), Ton (taken as metric)
 *   USD, EUR, GBP  -> currency model: isoCurrency, else Dollar -> USD,
 *                Euro -> EUR, Pound -> GBP
 *   year, month, week, day, hour, minute -> datetime model, durations
 *                (seconds / 365 d, 30 d, 7 d, 1 d, 1 h, 1 min)
 *   date      -> datetime model with referenceDate = publishedAt (noon UTC);
 *                a date is its whole day, a daterange [start, end); any of
 *                its alternative resolutions may match.
 * When the chosen model finds nothing there, the number model is the fallback
 * (its value may still be right; its unit is then "count").
 *
 * Speed: sentences per second over the whole fixture, after a warm-up, median
 * of several runs. Ours finds every kind of quantity in one call, so the
 * peer's fair figure runs all five models on each sentence ("all models").
 * Models are built once and reused (the recognizeX helpers rebuild them on
 * every call; that figure is printed too).
 */
import {
  Culture, recognizeCurrency, recognizeDateTime, recognizeDimension, recognizeNumber, recognizePercentage,
} from '@microsoft/recognizers-text-suite';
// The suite's own dependencies, for building each model once.
import { NumberRecognizer } from '@microsoft/recognizers-text-number';
import { NumberWithUnitRecognizer } from '@microsoft/recognizers-text-number-with-unit';
import { DateTimeRecognizer } from '@microsoft/recognizers-text-date-time';
import { extractQuantities } from '../src/quantities';
import { PHRASINGS, type PhrasingExpectation } from '../test/quantities/fixtures/phrasings';

interface Reading { start: number; end: number; value: number; low: number; high: number; unit: string; alternatives?: Reading[] }
interface PeerResult { start: number; end: number; typeName: string; resolution?: Record<string, unknown> }

const EN = Culture.English;
const numberRec = new NumberRecognizer(EN);
const unitRec = new NumberWithUnitRecognizer(EN);
const MODELS = {
  number: numberRec.getNumberModel(),
  percentage: numberRec.getPercentageModel(),
  dimension: unitRec.getDimensionModel(),
  currency: unitRec.getCurrencyModel(),
  datetime: new DateTimeRecognizer(EN).getDateTimeModel(),
};
type ModelName = keyof typeof MODELS;

const DAY_MS = 86_400_000;
const DURATION_SECONDS: Record<string, number> = {
  year: 365 * 86400, month: 30 * 86400, week: 7 * 86400, day: 86400, hour: 3600, minute: 60,
};
const DIMENSIONS: Record<string, [string, number]> = {
  Meter: ['km', 0.001], Kilometer: ['km', 1], Mile: ['km', 1.609344], Centimeter: ['km', 1e-5],
  'Square kilometer': ['km2', 1], 'Square mile': ['km2', 2.589988], 'Square hectometer': ['km2', 0.01],
  Ton: ['tonne', 1], Tonne: ['tonne', 1], 'Metric ton': ['tonne', 1],
};
const CURRENCIES: Record<string, string> = { Dollar: 'USD', Euro: 'EUR', Pound: 'GBP', 'British pound': 'GBP' };

function modelFor(unit: string): ModelName {
  if (unit === 'percent') return 'percentage';
  if (unit === 'km' || unit === 'km2' || unit === 'tonne') return 'dimension';
  if (unit === 'USD' || unit === 'EUR' || unit === 'GBP') return 'currency';
  if (unit === 'date' || DURATION_SECONDS[unit] !== undefined) return 'datetime';
  return 'number';
}

function refDate(f: PhrasingExpectation): Date {
  return new Date(`${f.publishedAt ?? '2026-01-01'}T12:00:00Z`);
}

function runModel(name: ModelName, f: PhrasingExpectation): PeerResult[] {
  const model = MODELS[name];
  return (name === 'datetime' ? MODELS.datetime.parse(f.phrase, refDate(f)) : model.parse(f.phrase)) as unknown as PeerResult[];
}

const num = (v: unknown): number => (typeof v === 'string' || typeof v === 'number' ? Number(String(v).replace('%', '')) : NaN);
const exactReading = (r: PeerResult, value: number, unit: string): Reading =>
  ({ start: r.start, end: r.end + 1, value, low: value, high: value, unit });

/** One Recognizers result as a reading in our units (NaN value when it has none). */
function peerReading(r: PeerResult, name: ModelName, wantUnit: string): Reading {
  const res = r.resolution ?? {};
  if (name === 'percentage') return exactReading(r, num(res.value), 'percent');
  if (name === 'dimension') {
    const [unit, factor] = DIMENSIONS[String(res.unit)] ?? [String(res.unit), 1];
    return exactReading(r, num(res.value) * factor, unit);
  }
  if (name === 'currency') return exactReading(r, num(res.value), String(res.isoCurrency ?? CURRENCIES[String(res.unit)] ?? res.unit));
  if (name === 'datetime') return dateTimeReading(r, wantUnit);
  const value = num(res.value);
  if (wantUnit === 'percent' && value <= 1) return exactReading(r, Math.round(value * 1000) / 10, 'percent');
  return exactReading(r, value, 'count');
}

function dateTimeReading(r: PeerResult, wantUnit: string): Reading {
  const values = ((r.resolution?.values ?? []) as Record<string, string>[]).map((v): Reading => {
    if (v.type === 'duration') {
      const amount = num(v.value) / (DURATION_SECONDS[wantUnit] ?? 1);
      return exactReading(r, amount, DURATION_SECONDS[wantUnit] ? wantUnit : 'duration');
    }
    // A datetime ("2021-07-07 21:49:00") is read as its whole day, as we read dates.
    const low = Date.parse(`${String(v.start ?? v.value).slice(0, 10)}T00:00:00Z`);
    const high = v.end ? Date.parse(`${v.end.slice(0, 10)}T00:00:00Z`) - 1 : low + DAY_MS - 1;
    return { start: r.start, end: r.end + 1, value: low, low, high, unit: v.type?.startsWith('date') ? 'date' : v.type };
  });
  return { ...(values[0] ?? exactReading(r, NaN, 'none')), alternatives: values };
}

function expectedSpan(f: PhrasingExpectation): [number, number] {
  const start = f.phrase.indexOf(f.text);
  return [start, start + f.text.length];
}

/** The reading overlapping the expected text most. */
function pick(readings: Reading[], f: PhrasingExpectation): Reading | undefined {
  const [s, e] = expectedSpan(f);
  let best: Reading | undefined;
  let bestOverlap = 0;
  for (const r of readings) {
    if (!Number.isFinite(r.value)) continue;
    const overlap = Math.min(e, r.end) - Math.max(s, r.start);
    if (overlap > bestOverlap) { best = r; bestOverlap = overlap; }
  }
  return best;
}

function peerRead(f: PhrasingExpectation): Reading | undefined {
  const name = modelFor(f.unit);
  const chosen = pick(runModel(name, f).map((r) => peerReading(r, name, f.unit)), f);
  return chosen ?? (name === 'number' ? undefined : pick(runModel('number', f).map((r) => peerReading(r, 'number', f.unit)), f));
}

function oursRead(f: PhrasingExpectation): Reading | undefined {
  const found = extractQuantities(f.phrase, { publishedAt: f.publishedAt });
  return pick(found.map((q) => ({ start: q.span.start, end: q.span.end, value: q.value, low: q.low, high: q.high, unit: q.unit })), f);
}

function close(got: number, want: number, unit: string): boolean {
  return Math.abs(got - want) <= (unit === 'date' ? 1000 : 0.002 * Math.max(1e-9, Math.abs(want)));
}

const PEER_UNITS: Record<string, readonly string[]> = { count: ['count', 'people', 'percentage point'] };
const unitOk = (got: string, want: string, peer: boolean): boolean => got === want || (peer && (PEER_UNITS[got] ?? []).includes(want));

interface Score { value: number; valueUnit: number; interval: number; failed: string[] }

function score(read: (f: PhrasingExpectation) => Reading | undefined, peer: boolean): Score {
  const s: Score = { value: 0, valueUnit: 0, interval: 0, failed: [] };
  for (const f of PHRASINGS) {
    const got = read(f);
    const candidates = got?.alternatives?.length ? got.alternatives : got ? [got] : [];
    const valueOk = candidates.find((c) => close(c.value, f.value, f.unit));
    const withUnit = candidates.find((c) => close(c.value, f.value, f.unit) && unitOk(c.unit, f.unit, peer));
    const intervalAllowed = !peer || f.unit === 'date' || f.qualifier === undefined;
    const intervalOk = intervalAllowed && candidates.some((c) => close(c.low, f.low, f.unit) && close(c.high, f.high, f.unit));
    if (valueOk) s.value++;
    if (withUnit) s.valueUnit++;
    if (intervalOk) s.interval++;
    if (!withUnit || !intervalOk) s.failed.push(`${f.phrase}  [want ${f.value} ${f.unit}; got ${got ? `${got.value} ${got.unit} [${got.low}, ${got.high}]` : 'nothing'}]`);
  }
  return s;
}

/** Sentences per second: warm up, then the median of several timed runs. */
function speed(run: (f: PhrasingExpectation) => unknown, minMs = 1500, runs = 5): number {
  for (const f of PHRASINGS) run(f);
  const rates: number[] = [];
  for (let r = 0; r < runs; r++) {
    let sentences = 0;
    const t0 = performance.now();
    let elapsed = 0;
    while (elapsed < minMs / runs) {
      for (const f of PHRASINGS) run(f);
      sentences += PHRASINGS.length;
      elapsed = performance.now() - t0;
    }
    rates.push((sentences * 1000) / elapsed);
  }
  return rates.sort((a, b) => a - b)[Math.floor(runs / 2)];
}

const pct = (n: number): string => `${((100 * n) / PHRASINGS.length).toFixed(1)}% (${n}/${PHRASINGS.length})`;
const verbose = process.argv.includes('--verbose');

const ours = score(oursRead, false);
const peer = score(peerRead, true);
console.log(`Quantity phrasings: ${PHRASINGS.length}\n`);
console.log('accuracy                 corroborate              Recognizers-Text');
console.log(`  value                  ${pct(ours.value).padEnd(25)}${pct(peer.value)}`);
console.log(`  value + unit           ${pct(ours.valueUnit).padEnd(25)}${pct(peer.valueUnit)}`);
console.log(`  interval (low, high)   ${pct(ours.interval).padEnd(25)}${pct(peer.interval)}`);

const oursRate = speed((f) => extractQuantities(f.phrase, { publishedAt: f.publishedAt }));
const peerAll = speed((f) => { for (const name of Object.keys(MODELS) as ModelName[]) runModel(name, f); });
const peerMapped = speed((f) => runModel(modelFor(f.unit), f));
const helpers = speed((f) => {
  recognizeNumber(f.phrase, EN); recognizePercentage(f.phrase, EN); recognizeDimension(f.phrase, EN);
  recognizeCurrency(f.phrase, EN); recognizeDateTime(f.phrase, EN, undefined, refDate(f));
}, 1500, 3);
console.log('\nspeed (sentences/s)');
console.log(`  corroborate extractQuantities          ${oursRate.toFixed(0)}`);
console.log(`  Recognizers, all five models           ${peerAll.toFixed(0)}   (ours ${(oursRate / peerAll).toFixed(1)}x)`);
console.log(`  Recognizers, only the mapped model     ${peerMapped.toFixed(0)}   (ours ${(oursRate / peerMapped).toFixed(1)}x)`);
console.log(`  Recognizers, recognizeX helpers (all)  ${helpers.toFixed(0)}   (ours ${(oursRate / helpers).toFixed(1)}x)`);

if (verbose) {
  console.log(`\ncorroborate misses (${ours.failed.length}):\n  ${ours.failed.join('\n  ')}`);
  console.log(`\nRecognizers misses (${peer.failed.length}):\n  ${peer.failed.join('\n  ')}`);
}
