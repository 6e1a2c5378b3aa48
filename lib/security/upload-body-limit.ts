// The one path that takes a larger body: a workbook upload for import (lib/xlsx/xlsx-import-limits.ts
// allows 10 MB; 11 MB leaves room for the multipart framing so a file just over 10 MB reaches
// the import and gets its own "larger than 10 MB"). It is a route handler, not a Server Action,
// so Next's serverActions.bodySizeLimit (2 MB, every action) stays as it is.

/** next.config.ts's proxyClientMaxBodySize: the body Next hands on after proxy.ts has read it (default 10 MB). */
export const PROXY_BODY_SIZE_LIMIT = "11mb";
export const UPLOAD_BODY_LIMIT_BYTES = 11 * 1024 * 1024;

const UPLOAD_PATH = /^\/returns\/[^/]+\/import\/upload$/;

/** Whether `pathname` is the workbook upload route. */
export function isWorkbookUploadPath(pathname: string): boolean {
  return UPLOAD_PATH.test(pathname);
}

/** Whether a declared Content-Length is over the upload route's limit (or not a length at all). */
export function exceedsUploadLimit(contentLength: string | null): boolean {
  if (contentLength === null) return false;
  if (!/^[0-9]{1,16}$/.test(contentLength.trim())) return true;
  return Number(contentLength) > UPLOAD_BODY_LIMIT_BYTES;
}
