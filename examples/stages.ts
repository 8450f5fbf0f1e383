/**
 * Running the stages one by one, to see what each does to one article:
 * cleaning, sentences, claims, then the figures and names in each claim.
 *
 *   npm run example:stages
 *
 * In your own project, import from 'corroborate' instead of '../src/index'.
 */
import { cleanArticle, splitSentences, extractClaims, extractQuantities, extractEntities } from '../src/index';
import { loadExampleArticles } from './load-example-articles';

const article = loadExampleArticles().find((a) => a.id === 'river-post')!;

const cleaned = cleanArticle(article);
console.log(`Skipped (${cleaned.skipped.length}):`);
for (const s of cleaned.skipped) console.log(`  [${s.reason}] ${JSON.stringify(article.text.slice(s.span.start, s.span.end))}`);

for (const block of cleaned.blocks) {
  for (const sentence of splitSentences(block.text, { offset: block.span.start })) {
    const { claims, skipped } = extractClaims(sentence);
    for (const s of skipped) console.log(`\n  (not a claim: ${s.reason}) ${JSON.stringify(article.text.slice(s.span.start, s.span.end))}`);
    for (const claim of claims) {
      console.log(`\nClaim @${claim.span.start}-${claim.span.end}: ${claim.text}`);
      if (claim.attribution) console.log(`  attributed: ${claim.attribution.speaker} (${claim.attribution.verb})`);
      if (claim.negated || claim.rejects) console.log(`  negated: ${claim.negated}, rejects another statement: ${claim.rejects}`);
      const at = { offset: claim.span.start };
      for (const q of extractQuantities(claim.text, { ...at, publishedAt: article.publishedAt })) {
        const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
        const reading = q.unit === 'date' ? `${day(q.low)} to ${day(q.high)}` : `${q.value} ${q.unit} [${q.low}, ${q.high}]`;
        console.log(`  figure: "${q.text}" = ${reading}${q.subject ? ` of ${q.subject}` : ''}`);
      }
      for (const m of extractEntities(claim.text, at)) console.log(`  name: ${m.name} (${m.kind}${m.role ? `, ${m.role}` : ''})`);
    }
  }
}
