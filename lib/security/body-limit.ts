// How big a request body the service takes. The largest valid form is the catalogue upload: a
// file of up to 1 MB (MAX_CATALOGUE_BYTES in app/admin/catalogues/schemas.ts) plus the form's
// own fields. The answer form is next: evidence and gaps of 10,000 characters each, at most
// 3 bytes a character in UTF-8 and sent twice (the fields, and the form state echoing them
// back after an error), about 120 kB. 2 MB leaves room above the upload, so a file between
// 1 and 2 MB reaches the form and gets its own "must be 1 MB or less"; anything larger is
// answered 413 by proxy.ts before the app reads it.

/** next.config.ts's serverActions.bodySizeLimit, in the format Next parses ("2mb" = 2 MiB). */
export const BODY_SIZE_LIMIT = "2mb";
export const BODY_LIMIT_BYTES = 2 * 1024 * 1024;
/** For messages: how people read the limit. */
export const BODY_LIMIT_TEXT = "2 MB";

/** Whether a declared Content-Length is over the limit (or not a length at all). */
export function exceedsBodyLimit(contentLength: string | null): boolean {
  if (contentLength === null) return false;
  if (!/^[0-9]{1,16}$/.test(contentLength.trim())) return true;
  return Number(contentLength) > BODY_LIMIT_BYTES;
}
