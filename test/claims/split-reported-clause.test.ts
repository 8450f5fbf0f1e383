import { extractClaims } from '../../src/claims';

const claimsOf = (text: string) => extractClaims({ text, span: { start: 0, end: text.length } } as never).claims.map((c) => c.text);

describe('split: ", and <plural subject> say ..." starts a claim of its own', () => {
  it('splits before a plural subject with a plain reporting verb', () => {
    expect(claimsOf('The two provinces share a fishing fleet of 900 boats, and skippers say more than 2,000 crew could be laid off.')).toEqual([
      'The two provinces share a fishing fleet of 900 boats',
      'skippers say more than 2,000 crew could be laid off.',
    ]);
    expect(claimsOf('The mill produced 80,000 tonnes last year, and local farmers warn fewer than half of them will sell.')).toEqual([
      'The mill produced 80,000 tonnes last year',
      'local farmers warn fewer than half of them will sell.',
    ]);
  });

  it('keeps a list subject whole', () => {
    expect(claimsOf('Economists, grocers, and bakers say the flour levy will raise prices.')).toEqual([
      'Economists, grocers, and bakers say the flour levy will raise prices.',
    ]);
  });
});
