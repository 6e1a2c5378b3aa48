import { describe, expect, it } from "vitest";
import { BODY_LIMIT_BYTES, exceedsBodyLimit } from "@/lib/security/body-limit";
import { exceedsUploadLimit, isWorkbookUploadPath, UPLOAD_BODY_LIMIT_BYTES } from "@/lib/security/upload-body-limit";
import { MAX_WORKBOOK_BYTES } from "@/lib/xlsx/xlsx-import-limits";
import { cleanUploadName } from "@/lib/imports/clean-upload-name";

describe("the workbook upload's body limit", () => {
  it("is the one path taking more than the usual limit", () => {
    expect(isWorkbookUploadPath("/returns/0d3c5a4e-1111-4222-8333-444455556666/import/upload")).toBe(true);
    for (const other of ["/returns/x/import", "/returns/x/import/upload/more", "/returns/new", "/admin/catalogues", "/returns/x/y/import/upload"]) {
      expect(isWorkbookUploadPath(other), other).toBe(false);
    }
  });

  it("takes a 10 MB workbook with its multipart framing, and answers 413 above 11 MB", () => {
    expect(UPLOAD_BODY_LIMIT_BYTES).toBeGreaterThan(MAX_WORKBOOK_BYTES);
    expect(exceedsUploadLimit(String(MAX_WORKBOOK_BYTES + 64 * 1024))).toBe(false);
    expect(exceedsUploadLimit(String(UPLOAD_BODY_LIMIT_BYTES + 1))).toBe(true);
    expect(exceedsUploadLimit("11mb")).toBe(true);
    expect(exceedsUploadLimit(null)).toBe(false);
    // Everywhere else the usual limit still holds.
    expect(exceedsBodyLimit(String(BODY_LIMIT_BYTES + 1))).toBe(true);
  });
});

describe("cleanUploadName", () => {
  it("keeps the base name without control characters, never empty, at most 200 characters", () => {
    expect(cleanUploadName("C:\\Users\\pm\\BNSSG return.xlsx")).toBe("BNSSG return.xlsx");
    expect(cleanUploadName("a\u0000b\nc.xlsx")).toBe("abc.xlsx");
    expect(cleanUploadName("")).toBe("workbook.xlsx");
    expect(cleanUploadName(`${"x".repeat(300)}.xlsx`)).toHaveLength(200);
  });
});
