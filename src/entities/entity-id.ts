import { foldCase } from './name-key';

/** FNV-1a hash, for names that leave no letters in a slug. */
function hash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i += 1) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/** Deterministic entity id from a canonical name: "Qala-e-Naw" -> "ent-qala-e-naw". */
export function entityId(canonical: string): string {
  const slug = foldCase(canonical)
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 80);
  return `ent-${slug || hash(canonical)}`;
}
