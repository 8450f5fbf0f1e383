import type { Token } from '../types';
import type { DateDirection } from './calendar-math';
import { clauseTense } from './clause-tense';

/**
 * Which way a date written without its year lies from publication: forward in
 * a clause that looks ahead ("the vote is due on March 3"), back in one told
 * in the past ("the vote was held on March 3"), else the nearer occurrence
 * ("the March 3 vote").
 */
export function yearlessDirection(tokens: Token[], first: number, end: number): DateDirection {
  return clauseTense(tokens, first, end) ?? 'nearest';
}
