/**
 * A short, stable fingerprint of text: cyrb53 (two 32-bit lanes of multiply-xorshift, 53 bits in all),
 * as 14 hex digits. It tells "the same text" from "changed text" for stamps and accepted warnings; it
 * is not a cryptographic hash and guards against accidents, not against someone forging a stamp.
 * Synchronous and dependency-free, so the pane, the ribbon and the CLI compute the same value.
 */
export interface TextHasher {
  /** Adds text; call as often as needed, the result depends on the concatenation only. */
  add(text: string): TextHasher;
  digest(): string;
}

export function textHasher(seed = 0): TextHasher {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  const hasher: TextHasher = {
    add(text) {
      for (let i = 0; i < text.length; i++) {
        const ch = text.charCodeAt(i);
        h1 = Math.imul(h1 ^ ch, 2654435761);
        h2 = Math.imul(h2 ^ ch, 1597334677);
      }
      return hasher;
    },
    digest() {
      let a = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
      a ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
      let b = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
      b ^= Math.imul(a ^ (a >>> 13), 3266489909);
      const value = 4294967296 * (2097151 & b) + (a >>> 0);
      return value.toString(16).padStart(14, "0");
    },
  };
  return hasher;
}

export function hashText(text: string): string {
  return textHasher().add(text).digest();
}
