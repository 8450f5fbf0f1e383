import type { Claim } from '../types';

/** Who a claim is by: its speaker, else the name it opens with (its subject: "Ana Ruiz refused to ..."). */
function agentOf(claim: Claim): string | undefined {
  const speaker = claim.attribution?.speaker;
  if (speaker) return speaker;
  const first = claim.mentions[0];
  return first && first.span.start - claim.span.start <= 1 ? first.name : undefined;
}

const lastWord = (name: string) => name.slice(name.lastIndexOf(' ') + 1);

/** One person named twice: the same name, or a surname alone against the full name. */
function sameAgent(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return !short.includes(' ') && long.includes(' ') && lastWord(long) === short;
}

/**
 * Whether a claim is the rejecter's own stance, not what it rejects: "Ana
 * Ruiz refused to accept defeat" and Ruiz's own "We will not accept a count
 * built on fraud" say one thing. Nobody disputes what they say themselves.
 */
export function ownStance(target: Claim, rejection: Claim): boolean {
  const [a, b] = [agentOf(target), agentOf(rejection)];
  return a !== undefined && b !== undefined && sameAgent(a, b);
}
