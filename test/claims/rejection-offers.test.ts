import { isRejection } from '../../src/claims/is-rejection';

describe('rejection: refusing an offer is not denying a statement', () => {
  it('an offer, plan or demand turned down is no rejection of a claim', () => {
    expect(isRejection('The airline offered 4%, which the pilots dismissed as "a joke".')).toBe(false);
    expect(isRejection('The council proposed a levy, which residents rejected as unfair.')).toBe(false);
    expect(isRejection('The union dismissed the offer as an insult.')).toBe(false);
  });

  it('statements dismissed or denied still are', () => {
    expect(isRejection('The army issued figures, which the rebels dismissed as lies.')).toBe(true);
    expect(isRejection('The ministry dismissed the report as false.')).toBe(true);
    expect(isRejection('The governor denied that the offer had been withdrawn.')).toBe(true);
  });
});
