import { splitDateline } from '../../src/clean/split-dateline';

const block = (text: string, start = 10) => ({ text, span: { start, end: start + text.length } });

describe('splitDateline', () => {
  it.each([
    ['CAIRO -- Talks resumed on Monday.', 'CAIRO --'],
    ['NEW DELHI - The court ruled.', 'NEW DELHI -'],
    ['GENEVA (Reuters) — Envoys met again.', 'GENEVA (Reuters) —'],
    // A country or state in ordinary case, a filing date, an agency, two places.
    ['PORTOVIEJO, Ecuador (Andes Wire) - Floods cut the coast road.', 'PORTOVIEJO, Ecuador (Andes Wire) -'],
    ['KOROLEV, Nov 4 (Volga Press) - The bank cut its rate.', 'KOROLEV, Nov 4 (Volga Press) -'],
    ['TROMSO, 4 November - Snow closed the pass.', 'TROMSO, 4 November -'],
    ['BERGEN, Norway, Nov. 4, 2024 (AP) — Rain fell for a week.', 'BERGEN, Norway, Nov. 4, 2024 (AP) —'],
    ['OSLO/KYIV - The fund grew.', 'OSLO/KYIV -'],
    ['ST. PAUL, Minn. - A bridge closed.', 'ST. PAUL, Minn. -'],
    ['PORT-AU-PRINCE, Haiti – Gangs left the port.', 'PORT-AU-PRINCE, Haiti –'],
    ['WASHINGTON—Lawmakers voted.', 'WASHINGTON—'],
  ])('cuts the dateline off %p', (text, dateline) => {
    const { block: rest, skipped } = splitDateline(block(text));
    expect(skipped?.reason).toBe('dateline');
    expect(text.slice(skipped!.span.start - 10, skipped!.span.end - 10)).toBe(dateline);
    expect(text.slice(rest.span.start - 10, rest.span.end - 10)).toBe(rest.text);
    expect(rest.text.startsWith(dateline)).toBe(false);
  });

  it.each([
    'The U.S. - Mexico border reopened.',
    'A - B testing is common.',
    'NATO leaders met on Tuesday.',
    'UNICEF, Save the Children - and others met.',
    'ABC—a network—said so.',
    'NASA, Boeing and others - a list.',
  ])('leaves ordinary openings alone: %p', (text) => {
    expect(splitDateline(block(text)).skipped).toBeUndefined();
  });
});

describe('a dateline in a cleaned article', () => {
  it('is skipped whole, agency included, and the rest maps back to the original text', async () => {
    const { cleanArticle } = await import('../../src/clean/clean-article');
    const text = 'Rates cut again\n\nKOROLEV, Nov 4 (Volga Press) - The bank cut its rate to 9%.\n\nIt was the third cut.';
    const cleaned = cleanArticle({ id: 'a', text });
    const dateline = cleaned.skipped.find((s) => s.reason === 'dateline')!;
    expect(text.slice(dateline.span.start, dateline.span.end)).toBe('KOROLEV, Nov 4 (Volga Press) -');
    const first = cleaned.blocks.find((b) => b.text.startsWith('The bank'))!;
    expect(text.slice(first.span.start, first.span.end)).toBe(first.text);
    expect(cleaned.blocks.some((b) => b.text.includes('Volga'))).toBe(false);
  });
});
