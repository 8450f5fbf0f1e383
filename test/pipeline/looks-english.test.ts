import fc from 'fast-check';
import { countWordsSlowly, looksEnglish, looksEnglishJoined } from '../../src/pipeline/looks-english';
import { crossReference } from '../../src/index';

describe('looksEnglish', () => {
  it('reads ordinary English news prose as English', () => {
    expect(looksEnglish('The council said on Monday that the bridge was closed and that repairs to the old piers would take a year.')).toBe(true);
  });

  it.each([
    ['German', 'Der Stadtrat hat am Montag beschlossen, die alte Brücke wegen schwerer Schäden an zwei Pfeilern sofort zu sperren.'],
    ['Spanish', 'El ayuntamiento decidió el lunes cerrar el viejo puente porque dos pilares presentan grietas muy graves desde hace meses.'],
    ['Russian', 'Городской совет в понедельник решил закрыть старый мост из-за серьёзных трещин в двух опорах, сообщили власти города.'],
  ])('does not read %s as English', (_language, text) => {
    expect(looksEnglish(text)).toBe(false);
  });

  it('does not judge a text too short to tell', () => {
    expect(looksEnglish('Brücke gesperrt')).toBeUndefined();
  });

  it('becomes a diagnostic in the report, not an error', () => {
    const report = crossReference([
      { id: 'de', text: 'Der Stadtrat hat am Montag beschlossen, die alte Brücke wegen schwerer Schäden an zwei Pfeilern sofort zu sperren.' },
    ]);
    expect(report.diagnostics.map((d) => d.rule)).toContain('not-english');
  });

  it('gives the plain reading\'s verdict on any text: markers in any case, curly quotes, accents, other scripts', () => {
    const pieces = ['the', 'THE', 'The', 'of', 'and', 'said', 'theory', 'a', 'Brücke', 'İstanbul', 'мост', '’', '—', '\u00a0', ' ', '. ', 'x1', 'It’s', 'ﬁle', '😀'];
    const text = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 6 })), { maxLength: 60 }).map((parts) => parts.join(' '));
    fc.assert(fc.property(text, (t) => looksEnglish(t) === countWordsSlowly(t)), { numRuns: 2000, seed: 11 });
  });

  it('stops early only when the rest cannot change the verdict: long texts, a tail of letters beyond ASCII', () => {
    // Marker-rich heads reach the early stop; tails of dotted capital I (one character, two words once lower-cased)
    // or other letters push the plain reading's word count as high as it goes.
    const head = fc.array(fc.constantFrom('the', 'a', 'of', 'x', 'word', 'Brücke', ',', '—'), { minLength: 10, maxLength: 80 }).map((w) => w.join(' '));
    const tail = fc.array(fc.constantFrom('İ', 'İİİİ', 'é', 'xy', ' ', '.', 'the', 'zz zz zz'), { maxLength: 400 }).map((w) => w.join(''));
    fc.assert(fc.property(head, tail, (h, t) => {
      const text = `${h} ${t}`;
      return looksEnglish(text) === countWordsSlowly(text);
    }), { numRuns: 3000, seed: 12 });
  });

  it('gives the verdict at the exact share when the head alone would pass', () => {
    // 12 markers pass with up to 150 words. A dotted capital I is one character but a word once lower-cased.
    const head = 'the '.repeat(12);
    expect(looksEnglish(head + 'İ'.repeat(138))).toBe(true);
    expect(looksEnglish(head + 'İ'.repeat(139))).toBe(false);
    expect(looksEnglish(head + 'x '.repeat(138))).toBe(true);
    expect(looksEnglish(head + 'x '.repeat(139))).toBe(false);
    expect(looksEnglish(head + 'é '.repeat(138))).toBe(true);
    expect(looksEnglish(head + 'é '.repeat(139))).toBe(false);
    expect(looksEnglish(head + 'x '.repeat(138) + 'İ')).toBe(false);
  });

  it('holds that lower-casing keeps the length of every character but the dotted capital I', () => {
    // The early stop's bound rests on it; a new Unicode version could break it.
    const longer: number[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const ch = String.fromCodePoint(cp);
      if (ch.toLowerCase().length !== ch.length) longer.push(cp);
    }
    expect(longer).toEqual([0x130]);
  });

  it('reads texts joined by spaces as the joined text', () => {
    const piece = fc.oneof(fc.constantFrom('the cat', 'of', '', 'İ', 'said.', 'zz zz'), fc.string({ maxLength: 8 }));
    fc.assert(fc.property(fc.array(piece, { maxLength: 30 }), (texts) => looksEnglishJoined(texts) === looksEnglish(texts.join(' '))), { numRuns: 2000, seed: 13 });
  });
});
