/**
 * How alike two texts are, from 0 to 1: the Dice coefficient of their character bigrams.
 * Bigrams suit Japanese, which has no spaces to split words on, and cost linear time.
 */

/** Bigram counts of a whitespace-free text; a one-character text counts as its single character. */
export function bigrams(key: string): Map<string, number> {
  const chars = Array.from(key);
  const counts = new Map<string, number>();
  if (chars.length === 1) counts.set(chars[0]!, 1);
  for (let i = 0; i + 1 < chars.length; i++) {
    const gram = chars[i]! + chars[i + 1]!;
    counts.set(gram, (counts.get(gram) ?? 0) + 1);
  }
  return counts;
}

/** How many bigrams, counting repeats. */
export function total(counts: Map<string, number>): number {
  let sum = 0;
  for (const n of counts.values()) sum += n;
  return sum;
}

/** Dice coefficient of two bigram multisets (`size`: their totals, when the caller knows them). Two empty texts are identical (1). */
export function diceOfBigrams(a: Map<string, number>, b: Map<string, number>, size = total(a) + total(b)): number {
  if (size === 0) return 1;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let common = 0;
  for (const [gram, n] of small) common += Math.min(n, large.get(gram) ?? 0);
  return (2 * common) / size;
}
