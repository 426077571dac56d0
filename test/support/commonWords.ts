/**
 * How much of one text another reproduces in order: the length of a common subsequence of their
 * words. An exact LCS of two 100,000-word texts is out of reach (10^10 cells), so this is patience
 * diff's: words that occur once in both pieces anchor the alignment (their longest increasing run),
 * and the gaps between anchors are solved exactly when small. Every pair it counts is a real match
 * in order, so the result is a lower bound of the LCS, never more.
 */

/** Words as a reader sees them: no surrounding punctuation, hyphens (line-end ones too) split. */
export function words(text: string): string[] {
  return text
    .normalize("NFC")
    .split(/[\s\u00a0\u2011\u2010-]+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ""))
    .filter(Boolean);
}

const EXACT_CELLS = 4_000_000;

function lcsExact(a: readonly string[], b: readonly string[]): number {
  if (!a.length || !b.length) return 0;
  let previous = new Uint32Array(b.length + 1);
  let current = new Uint32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) current[j] = a[i - 1] === b[j - 1] ? previous[j - 1] + 1 : Math.max(previous[j], current[j - 1]);
    [previous, current] = [current, previous];
  }
  return previous[b.length];
}

/** Pairs of positions of words that occur exactly once in a and once in b, on the longest run increasing in both. */
function anchors(a: readonly string[], b: readonly string[]): [number, number][] {
  const count = (xs: readonly string[]) => {
    const m = new Map<string, number>();
    xs.forEach((x, i) => m.set(x, m.has(x) ? -1 : i));
    return m;
  };
  const inA = count(a);
  const inB = count(b);
  const pairs: [number, number][] = [];
  inA.forEach((i, word) => {
    const j = inB.get(word);
    if (i >= 0 && j !== undefined && j >= 0) pairs.push([i, j]);
  });
  pairs.sort((p, q) => p[0] - q[0]);
  // Longest increasing subsequence on b's positions (patience sorting).
  const tails: number[] = [];
  const back: number[] = new Array(pairs.length).fill(-1);
  pairs.forEach(([, j], k) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (pairs[tails[mid]][1] < j) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) back[k] = tails[lo - 1];
    tails[lo] = k;
  });
  const run: [number, number][] = [];
  for (let k = tails.length ? tails[tails.length - 1] : -1; k >= 0; k = back[k]) run.push(pairs[k]);
  return run.reverse();
}

export function commonInOrder(a: readonly string[], b: readonly string[]): number {
  // Equal ends cost nothing to match and make the pieces smaller.
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const x = a.slice(head, a.length - tail);
  const y = b.slice(head, b.length - tail);
  if (!x.length || !y.length) return head + tail;
  if (x.length * y.length <= EXACT_CELLS) return head + tail + lcsExact(x, y);
  const run = anchors(x, y);
  if (!run.length) return head + tail; // nothing certain to anchor on: count nothing rather than guess
  let total = head + tail + run.length;
  let [pi, pj] = [-1, -1];
  for (const [i, j] of [...run, [x.length, y.length] as [number, number]]) {
    total += commonInOrder(x.slice(pi + 1, i), y.slice(pj + 1, j));
    [pi, pj] = [i, j];
  }
  return total;
}
