/**
 * What one refuses rather than denies: dismissing an offer, a plan or a
 * demand turns it down; it does not say a statement is false.
 */
export const REFUSABLE_THINGS: ReadonlySet<string> = new Set([
  'offer', 'offers', 'proposal', 'proposals', 'plan', 'plans', 'deal', 'deals', 'demand', 'demands', 'bid', 'bids',
  'terms', 'package', 'settlement', 'ultimatum', 'invitation', 'compromise', 'request', 'requests', 'proposition',
]);

/** Verbs that put forward something to accept or refuse ("offered 6%, which the union rejected"). */
export const OFFERING_VERBS: ReadonlySet<string> = new Set([
  'offered', 'offers', 'offering', 'proposed', 'proposes', 'proposing', 'tabled', 'demanded', 'demands', 'demanding',
]);
