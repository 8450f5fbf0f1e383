import type { AttributionRule } from '../types';
import { accordingTo } from './according-to';
import { frontSpeaker } from './front-speaker';
import { quotedAsSaying } from './quoted-as-saying';
import { relativeSubject } from './relative-subject';
import { invertedSpeaker, trailingSpeaker } from './trailing-speaker';

export { accordingTo, frontSpeaker, invertedSpeaker, quotedAsSaying, relativeSubject, trailingSpeaker };

/** Attribution rules in the order they are tried on a clause; the first match wins. */
export const DEFAULT_ATTRIBUTION_RULES: readonly AttributionRule[] = [quotedAsSaying, accordingTo, frontSpeaker, relativeSubject, trailingSpeaker, invertedSpeaker];
