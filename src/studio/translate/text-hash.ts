/**
 * A short fingerprint of a text, written beside it in an exported CSV so that an import can tell
 * whether the draft's text is still the one the translator saw. Not a security measure (anyone may
 * edit the CSV); only change detection, where a 53-bit hash (cyrb53: two 32-bit multiply-xor lanes)
 * makes an unnoticed change about one in 10^15. Synchronous and pure, unlike crypto.subtle's digests.
 */
export function textHash(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const value = 4294967296 * (2097151 & h2) + (h1 >>> 0);
  // The letter in front keeps a spreadsheet from reading an all-digit hash as a number and rewriting it.
  return `h${value.toString(16).padStart(14, '0')}`;
}

/** What a hash in a CSV looks like: anything else is a damaged file. */
export const HASH_PATTERN = /^h[0-9a-f]{14}$/;
