import { claimId, readClaimId } from '../../src/pipeline/claim-id';

describe('claimId / readClaimId', () => {
  it('numbers claims from 1 and reads the article id and 0-based index back', () => {
    expect(claimId('harbour-ledger-12', 0)).toBe('harbour-ledger-12#1');
    expect(readClaimId(claimId('harbour-ledger-12', 41))).toEqual({ articleId: 'harbour-ledger-12', index: 41 });
  });

  it('keeps a "#" inside the article id', () => {
    expect(readClaimId(claimId('feed#7', 2))).toEqual({ articleId: 'feed#7', index: 2 });
  });

  it('gives undefined for ids of another form', () => {
    for (const id of ['plain', 'a#', 'a#0', 'a#-1', 'a#1.5', 'a#x']) expect(readClaimId(id)).toBeUndefined();
  });
});
