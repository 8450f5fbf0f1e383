/** "1 article", "3 articles": a count with its noun, for report and CLI summaries. */
export function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
