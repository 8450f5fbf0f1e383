import { isConnectorToken, isRoleToken, isTitleToken } from '../../src/entities/lexicon-tokens';
import { isRoleWord, TITLE_ABBREVIATIONS } from '../../src/entities/lexicon/roles';
import { NAME_CONNECTORS } from '../../src/entities/lexicon/stop-words';
import { describeTokens } from '../../src/entities/name-token';

describe('lexicon look-ups of table words', () => {
  // Lexicon words as written in text, near misses of their shape, and non-ASCII words.
  const text =
    'President minister SPOKESMAN former Former said lord Gen gen MR Mrs sgt sag of Of bin bun van ' +
    'della dello the \u0130mam Z\u00fcrich \u212Aing king kin';
  const tokens = describeTokens(text);

  it('answers as the lexicon sets do for every word', () => {
    for (let i = 0; i < tokens.count; i += 1) {
      expect([tokens.text(i), isRoleToken(tokens, i)]).toEqual([tokens.text(i), isRoleWord(tokens.lower(i))]);
      expect([tokens.text(i), isTitleToken(tokens, i)]).toEqual([tokens.text(i), TITLE_ABBREVIATIONS.has(tokens.lower(i))]);
      expect([tokens.text(i), isConnectorToken(tokens, i)]).toEqual([tokens.text(i), NAME_CONNECTORS.has(tokens.text(i))]);
    }
  });
});
