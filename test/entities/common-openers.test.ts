import { extractEntities } from '../../src/entities/extract-entities';
import { isCommonOpener, isPluralNounShape } from '../../src/entities/opener-shapes';

const names = (text: string) => extractEntities(text).map((m) => m.name);

describe('a profession written before a name', () => {
  it('is split off as the role, so the name groups with the same name written bare', () => {
    const [mention] = extractEntities('Volcanologist Irma Kovalenko said the vent had widened.');
    expect(mention).toMatchObject({ text: 'Volcanologist Irma Kovalenko', name: 'Irma Kovalenko', role: 'Volcanologist', kind: 'person' });
    expect(extractEntities('The talks stalled, economist Ravi Olumide told Brill Radio.')[0]).toMatchObject({
      name: 'Ravi Olumide',
      role: 'economist',
      kind: 'person',
    });
  });

  it('makes the name before it an organisation, and its plural opening a sentence no name', () => {
    const mentions = extractEntities('Brisco Securities analyst Tove Brandt cut her forecast.');
    expect(mentions.map((m) => [m.name, m.kind])).toEqual([
      ['Brisco Securities', 'organization'],
      ['Tove Brandt', 'person'],
    ]);
    expect(names('Economists said the cut came early. Lawyers for Dov Amsel declined to comment.')).toEqual(['Dov Amsel']);
  });
});

describe('a sentence opener that is a common word', () => {
  it('is no name when an adjective shape opens the sentence before a lower-case word', () => {
    expect(names('Annual growth slowed in Vardania. Monetary policy stayed tight. Central bank staff were told.')).toEqual(['Vardania']);
  });

  it('keeps place names of like ending and longer names that start with the adjective', () => {
    expect(names('Senegal said it would help. Montreal police closed the road. Hungary voted no.')).toEqual(['Senegal', 'Montreal', 'Hungary']);
    expect(names('National Bank of Vardania raised rates. Central Asia is dry.')).toEqual(['National Bank of Vardania', 'Central Asia']);
  });

  it('is no name when a plural noun the text never capitalises mid-sentence opens it', () => {
    expect(names('Rescuers pulled nine people from the river. Relatives waited outside Osterby hospital.')).toEqual(['Osterby']);
    expect(names('Residents fled the town of Kalvik.')).toEqual(['Kalvik']);
  });

  it('keeps a plural-shaped name that the text capitalises mid-sentence, and demonyms', () => {
    expect(names('Sanders spoke first. The crowd cheered for Sanders.')).toEqual(['Sanders', 'Sanders']);
    expect(names('Americans say prices are too high.')).toEqual(['Americans']);
  });

  it('is no name when a plural of news copy without a plural-noun ending opens it', () => {
    expect(names('Authorities ordered 7,000 people out of Kellby. People are tired, a volunteer said.')).toEqual(['Kellby']);
    expect(names('Troops pulled back from Dunmore. Prices rose in May. Talks resumed on Monday.')).toEqual(['Dunmore']);
  });

  it('is no name when a rate or total of economic or election copy opens it', () => {
    expect(names('Turnout was 54.3 percent in Karlin. Inflation eased in May. Growth slowed.')).toEqual(['Karlin']);
    expect(names('Trade Minister Ana Ruiz spoke.')).toEqual(['Ana Ruiz']);
  });

  it('is no name when a share of a whole opens it', () => {
    expect(names('Part of the ceiling of the Velka depot fell in. Parts of Osterby lost power. Rest of the crew escaped.')).toEqual(['Velka', 'Osterby']);
  });

  it('keeps a longer name that starts with such a plural', () => {
    expect(names('People Power Party won the vote. Forces Nouvelles held the north.')).toEqual(['People Power Party', 'Forces Nouvelles']);
  });

  it('is no name when it is a common opener of news copy or a call to action', () => {
    expect(names('Consumer prices rose in Tarvia. Gross reserves fell. Media enquiries go to the desk.')).toEqual(['Tarvia']);
    expect(names('Stop resisting, the envoy told Miro Haas. Sign up for our newsletter.')).toEqual(['Miro Haas']);
  });

  it('keeps the same word inside a longer name', () => {
    expect(names('Consumer Council staff met Lena Ortiz.')).toEqual(['Consumer Council', 'Lena Ortiz']);
  });
});

describe('number words', () => {
  it('give no name, whole or in a compound', () => {
    expect(names('Thirty-one survivors reached Porto Venn. Twenty were missing.')).toEqual(['Porto Venn']);
  });
});

describe('compass adjectives', () => {
  it('are no name alone, glued to a participle or before a noun', () => {
    expect(names('The Western-backed council fell in Dravik. Southern farmers left.')).toEqual(['Dravik']);
  });

  it('stay part of a longer name', () => {
    expect(names('The rain fell on Northern Ardia.')).toEqual(['Northern Ardia']);
  });
});

describe('scraped headline artefacts', () => {
  it('drop a group plural glued before a name', () => {
    expect(names('a meeting of radical Separatists Vell Front in the hills')).toEqual(['Vell Front']);
  });

  it('take no drop cap glued to a stop word for a name', () => {
    expect(names('TThe mayor of Ostrava spoke.')).toEqual(['Ostrava']);
    expect(names('MPs met in Ostrava.')).toEqual(['MPs', 'Ostrava']);
  });
});

describe('opener shapes', () => {
  it.each(['annual', 'central', 'financial', 'national', 'political', 'numerous', 'monetary', 'massive', 'consumer'])('%s is a common opener', (w) => {
    expect(isCommonOpener(w)).toBe(true);
  });

  it.each(['nepal', 'senegal', 'montreal', 'hungary', 'calgary', 'clive', 'kenya', 'tunisia'])('%s is not', (w) => {
    expect(isCommonOpener(w)).toBe(false);
  });

  it('tells plural nouns from demonyms and short words', () => {
    expect(['rescuers', 'relatives', 'residents', 'migrants', 'tremors', 'activists'].map(isPluralNounShape)).toEqual([true, true, true, true, true, true]);
    expect(['americans', 'afghans', 'paris', 'athens', 'maldives'].map(isPluralNounShape)).toEqual([false, false, false, false, false]);
  });
});
