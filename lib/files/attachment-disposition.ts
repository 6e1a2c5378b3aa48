// Content-Disposition for a download named after user data (an organisation, a title): the
// plain `filename` keeps to safe ASCII for old clients, `filename*` (RFC 6266/5987) carries the
// name as written. Quotes, slashes and control characters never reach the header.
export function attachmentDisposition(name: string): string {
  const cleaned = name.replace(/[\u0000-\u001f\u007f"\\/:*?<>|]+/g, " ").replace(/\s+/g, " ").trim() || "download";
  const ascii = cleaned.normalize("NFKD").replace(/[^\x20-\x7e]/g, "").replace(/\s+/g, " ").trim() || "download";
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(cleaned).replace(/['()]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`)}`;
}
