/** Every event type the generator can draw a story from. */
import type { EventType } from '../types';
import { talks } from './talks';
import { flood } from './flood';
import { strike } from './strike';
import { border } from './border';
import { election } from './election';
import { budget } from './budget';
import { factoryFire } from './factory-fire';
import { tradeDeal } from './trade-deal';

export const EVENT_TYPES: readonly EventType[] = [talks, flood, strike, border, election, budget, factoryFire, tradeDeal];
