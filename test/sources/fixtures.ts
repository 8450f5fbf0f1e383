/** Short articles written for these tests: a wire story, a lightly edited reprint, an unrelated story. */

export const WIRE = {
  id: 'wire',
  text:
    'Flood waters rose across the river valley on Tuesday, forcing 4,200 residents from their homes, ' +
    'the regional emergency office said. Rescue teams used boats to reach villages cut off by the water. ' +
    'Officials said three bridges had been closed and that rain was expected to continue until Friday. ' +
    'The office opened six shelters in school buildings and asked drivers to avoid the valley road.',
};

/** The wire story with a new opening line, one word changed and the last sentence cut. */
export const REPRINT = {
  id: 'daily-reprint',
  text:
    'VALLEY TOWN - Flood waters rose across the river valley on Tuesday, forcing 4,200 residents from their homes, ' +
    'the regional emergency office said. Rescue crews used boats to reach villages cut off by the water. ' +
    'Officials said three bridges had been closed and that rain was expected to continue until Friday.',
};

/** A second reprint that copies the first reprint, not the wire (a chain of copies). */
export const REPRINT_OF_REPRINT = {
  id: 'weekly',
  text:
    'Rescue crews used boats to reach villages cut off by the water. ' +
    'Officials said three bridges had been closed and that rain was expected to continue until Friday.',
};

export const UNRELATED = {
  id: 'council',
  text:
    'The city council approved a new budget for public libraries on Monday after a long debate. ' +
    'Council members said the money would pay for longer opening hours and more staff.',
};
