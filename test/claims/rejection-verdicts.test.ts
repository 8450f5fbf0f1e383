import { isRejection } from '../../src/claims/is-rejection';

describe('rejection: a verdict of falsity or a refusal to accept contests a statement', () => {
  it('calling or denouncing a result as false is a rejection', () => {
    expect(isRejection('The Green League called the tally a fraud.')).toBe(true);
    expect(isRejection('Opposition leaders denounced the referendum vote as rigged.')).toBe(true);
    expect(isRejection('The mayor branded the audit findings a fabrication.')).toBe(true);
    expect(isRejection('The Liberal bloc rejected the results.')).toBe(true);
  });

  it('refusing to accept or recognise results is a rejection; refusing an offer is not', () => {
    expect(isRejection('The alliance still refuses to accept the provisional results.')).toBe(true);
    expect(isRejection('The party said it would not recognise the count.')).toBe(true);
    expect(isRejection('The nurses refused to accept the offer.')).toBe(false);
    expect(isRejection('The council declined to accept the proposal.')).toBe(false);
  });

  it('saying the claims were unfounded, baseless or a lie is a rejection', () => {
    expect(isRejection('The exporter said the accusations of price fixing were "wholly unfounded".')).toBe(true);
    expect(isRejection('A spokeswoman said the allegations were baseless.')).toBe(true);
    expect(isRejection('The minister said the report was a lie.')).toBe(true);
    expect(isRejection('Her lawyer said the charges were groundless and untrue.')).toBe(true);
    expect(isRejection('A company spokesman said the suggestion was "simply wrong".')).toBe(true);
    expect(isRejection('The board said the figures were incorrect.')).toBe(true);
  });

  it('takes a side\'s explanation, argument or theory as a statement one can reject', () => {
    expect(isRejection('Prosecutors called the explanation a fiction.')).toBe(true);
    expect(isRejection('The magistrate rejected his argument.')).toBe(true);
    expect(isRejection('The panel dismissed the theory as fanciful.')).toBe(true);
    expect(isRejection('She gave an explanation of the rules.')).toBe(false);
    expect(isRejection('He called the argument compelling.')).toBe(false);
  });

  it('does not take "wrong" about anything but a statement as a rejection', () => {
    expect(isRejection('The coach said the decision was wrong.')).toBe(false);
  });

  it('leaves alone what only looks like one', () => {
    expect(isRejection('The senator called for a vote on election fraud.')).toBe(false);
    expect(isRejection('Inspectors found 1,400 insurance claims were fabricated.')).toBe(false);
    expect(isRejection('The judge said the claims were not unfounded.')).toBe(false);
    expect(isRejection('Five parties contested the election.')).toBe(false);
    expect(isRejection('The governor called the result a clear mandate.')).toBe(false);
  });
});
