/** What "the charges", "the accusation" and a rejecter's own counter-claim point to. */
import { disputed } from '../helpers/disputed';

describe('rejections of charges and accusations', () => {
  it('reads "denied the charges" in a court report as the case, not the sentence before', () => {
    const found = disputed([
      { id: 'court', text: 'A court in Varna jailed the former port chief Emil Dobrev for nine years on Monday. It fined him 40 million leva. Dobrev and two co-accused had denied the charges.' },
      { id: 'wire', text: 'The former Varna port chief Emil Dobrev was jailed for nine years on Monday and fined 40 million leva.' },
    ]);
    expect(found).toEqual([]);
  });

  // An accusing story and a bystander: the one dispute found answers the accusation named here.
  it.each([
    [
      '"denied the accusation" with the accusation, not a nearer quote',
      'Opposition leader Mira Solak accused the police of firing on marchers in Dolna on Sunday. "We saw people carried off with wounds," a witness told reporters. The interior ministry denied the accusation.',
      'Marchers gathered in Dolna on Sunday, and police cleared the square by evening, officials said.',
      /^Opposition leader Mira Solak accused the police/,
    ],
    [
      '"dismissed the claim" with an accusation that has no speaker of its own, not an older figure',
      'The dockers\' union called a 48-hour strike for May 3. Opposition leader Pavel Horak accused the minister of hiding the cost of the port sale, saying it had been "agreed in secret" with the buyer. The minister dismissed the claim as nonsense.',
      'The dockers\' union will strike for 48 hours from May 3, officials said.',
      /^Opposition leader Pavel Horak accused the minister/,
    ],
    [
      '"called the allegation baseless" with what the accuser is reported saying after the allegation is named',
      'The gravest allegation comes from Lena Broz, a councillor for the valley. Broz says the gas alarms in the north shaft were disconnected for a week before the blast. The operator called the allegation baseless.',
      'Rescuers searched the north shaft after the blast on Monday, officials said.',
      /^Broz says the gas alarms in the north shaft were disconnected/,
    ],
  ])('answers %s', (_what, accusing, bystander, target) => {
    const found = disputed([
      { id: 'a1', text: accusing },
      { id: 'a2', text: bystander },
    ]);
    expect(found).toHaveLength(1);
    expect(found[0]![0]).toMatch(target);
  });

  it('never takes a rejecter\'s own counter-accusation for what another outlet\'s rejection answers', () => {
    const found = disputed([
      { id: 'a1', text: 'Officials in Tarvia rejected the claims as baseless and accused Morland of stirring up feeling before a vote.' },
      { id: 'a2', text: 'Diplomats in Tarvia dismissed the claims as unfounded, accusing Morland of stirring up feeling before a vote.' },
    ]);
    expect(found.filter(([target]) => /^accused Morland/.test(target!))).toEqual([]);
  });
});
