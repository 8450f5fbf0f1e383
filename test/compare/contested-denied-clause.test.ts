import { pointsBack } from '../../src/compare/contested';
import { disputed } from '../helpers/disputed';


describe('contested: a denied clause carries its own content', () => {
  it('"denied that <clause>" does not point back; "denied that." does', () => {
    expect(pointsBack('The mayor denied that the repairs had stalled.')).toBe(false);
    expect(pointsBack('The mayor denied that.')).toBe(true);
    expect(pointsBack('The mayor rejected that account.')).toBe(true);
  });

  it('pairs a denial with the accusation just before it, not an earlier figure', () => {
    const text = [
      'The shelter in Varnby held more than 300 people on Tuesday, according to the town council.',
      'A tenants group has accused the port authority of stalling repairs to the sea wall.',
      'Deputy mayor Ilse Rowan denied that the work had been held up.',
    ].join(' ');
    expect(disputed([{ id: 'a', source: 'Coast Post', text }])).toEqual([
      ['A tenants group has accused the port authority of stalling repairs to the sea wall.', 'Deputy mayor Ilse Rowan denied that the work had been held up.'],
    ]);
  });

  it('pairs a denial with the claim sharing most of its clause, not a nearer quote sharing one word', () => {
    const text = [
      'Tenants said the landlord\'s gas safety certificate had expired in March and had not been renewed.',
      '"We have lived for months in a block with no valid certificate," said the tenants\' spokeswoman.',
      'The landlord denied that the certificate had lapsed.',
    ].join(' ');
    expect(disputed([{ id: 'a', source: 'Coast Post', text }])).toEqual([
      ['Tenants said the landlord\'s gas safety certificate had expired in March', 'The landlord denied that the certificate had lapsed.'],
    ]);
  });

  it('an offer turned down is not a disputed claim', () => {
    const articles = [
      { id: 'a', source: 'Coast Post', text: 'The airline has offered four per cent to its pilots.' },
      { id: 'b', source: 'Harbour Ledger', text: 'The airline offered 4%, which the pilots union dismissed as "a joke".' },
    ];
    expect(disputed(articles)).toEqual([]);
  });
});
