// A whitespace run other than one plain space: only then does collapsing change the label.
const UNEVEN_SPACE = /\s\s|[^\S ]/u;
const SPACE_RUNS = /\s+/gu;
/** Bullets and spaces stripped from the start of a label. */
export const LABEL_BULLETS = '*•-–—>» \t';

// The last line read and its label: several rules in a row ask for the label of the same line.
let lastLine = '';
let lastLabel = '';

/** Lower-cases a short label line and strips bullets and trailing marks: "* Comment:" -> "comment". */
export function normalizeLabel(line: string): string {
  if (line === lastLine) return lastLabel;
  lastLine = line;
  lastLabel = readLabel(line);
  return lastLabel;
}

function readLabel(line: string): string {
  let start = 0;
  let end = line.length;
  while (start < end && LABEL_BULLETS.includes(line[start] as string)) start++;
  while (end > start && ':!.*?…|»> \t'.includes(line[end - 1] as string)) end--;
  const label = line.slice(start, end).toLowerCase();
  // Most lines are spaced evenly: test before replacing, so they are not copied again.
  return UNEVEN_SPACE.test(label) ? label.replace(SPACE_RUNS, ' ') : label;
}
