import fc from 'fast-check';
import { countWordsSlowly, looksEnglish } from '../../src/pipeline/looks-english';
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
});
