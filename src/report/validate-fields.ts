/**
 * Small field checkers for `validateReport`. Each pushes a readable problem
 * ("claims[2].span.start: expected an integer >= 0") and never throws, since
 * the value being checked may be any parsed JSON.
 */

export type Problems = string[];
export type Plain = Record<string, unknown>;

export function isPlain(value: unknown): value is Plain {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  return typeof value;
}

/** The object at `path`, or undefined after recording why it is not one. */
export function expectObject(value: unknown, path: string, problems: Problems): Plain | undefined {
  if (isPlain(value)) return value;
  problems.push(`${path}: expected an object, got ${describe(value)}`);
  return undefined;
}

/** The array at `path`, or undefined after recording why it is not one. */
export function expectArray(value: unknown, path: string, problems: Problems): unknown[] | undefined {
  if (Array.isArray(value)) return value;
  problems.push(`${path}: expected an array, got ${describe(value)}`);
  return undefined;
}

function isAbsent(obj: Plain, key: string): boolean {
  return !(key in obj) || obj[key] === undefined;
}

export function expectString(obj: Plain, key: string, path: string, problems: Problems, optional = false): void {
  if (optional && isAbsent(obj, key)) return;
  if (typeof obj[key] !== 'string') problems.push(`${path}.${key}: expected a string, got ${describe(obj[key])}`);
}

export function expectBoolean(obj: Plain, key: string, path: string, problems: Problems): void {
  if (typeof obj[key] !== 'boolean') problems.push(`${path}.${key}: expected a boolean, got ${describe(obj[key])}`);
}

/** A finite number (JSON has no Infinity/NaN: they would come back as null). */
export function expectNumber(obj: Plain, key: string, path: string, problems: Problems, optional = false): void {
  if (optional && isAbsent(obj, key)) return;
  const v = obj[key];
  if (typeof v !== 'number' || !Number.isFinite(v)) problems.push(`${path}.${key}: expected a finite number, got ${describe(v)}`);
}

export function expectCount(obj: Plain, key: string, path: string, problems: Problems): void {
  const v = obj[key];
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) {
    problems.push(`${path}.${key}: expected an integer >= 0, got ${typeof v === 'number' ? v : describe(v)}`);
  }
}

export function expectStringArray(obj: Plain, key: string, path: string, problems: Problems): void {
  const list = expectArray(obj[key], `${path}.${key}`, problems);
  list?.forEach((item, i) => {
    if (typeof item !== 'string') problems.push(`${path}.${key}[${i}]: expected a string, got ${describe(item)}`);
  });
}

export function expectEnum(
  obj: Plain,
  key: string,
  allowed: readonly string[],
  path: string,
  problems: Problems,
): void {
  const v = obj[key];
  if (typeof v !== 'string' || !allowed.includes(v)) {
    problems.push(`${path}.${key}: expected one of ${allowed.join(', ')}, got ${JSON.stringify(v) ?? 'undefined'}`);
  }
}

/** A half-open span: integer offsets with 0 <= start <= end. */
export function expectSpan(obj: Plain, key: string, path: string, problems: Problems, optional = false): void {
  if (optional && isAbsent(obj, key)) return;
  const span = expectObject(obj[key], `${path}.${key}`, problems);
  if (!span) return;
  const before = problems.length;
  expectCount(span, 'start', `${path}.${key}`, problems);
  expectCount(span, 'end', `${path}.${key}`, problems);
  if (problems.length === before && (span.start as number) > (span.end as number)) {
    problems.push(`${path}.${key}: start ${String(span.start)} is after end ${String(span.end)}`);
  }
}
