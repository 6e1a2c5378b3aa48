/** A fresh CSP nonce: 128 random bits, base64. Web Crypto, so it runs wherever proxy.ts runs. */
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}
