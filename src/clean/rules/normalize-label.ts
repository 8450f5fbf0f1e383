/** Lower-cases a short label line and strips bullets and trailing marks: "* Comment:" -> "comment". */
export function normalizeLabel(line: string): string {
  let start = 0;
  let end = line.length;
  while (start < end && '*•-–—>» \t'.includes(line[start] as string)) start++;
  while (end > start && ':!.*?…|»> \t'.includes(line[end - 1] as string)) end--;
  return line.slice(start, end).toLowerCase().replace(/\s+/gu, ' ');
}
