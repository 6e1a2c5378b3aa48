/** The request header proxy.ts passes this request's CSP nonce to the app in. */
export const NONCE_HEADER = "x-nonce";
