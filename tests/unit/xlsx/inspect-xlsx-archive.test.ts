import { describe, expect, it } from "vitest";
import { WorkbookRefusedError } from "@/lib/errors";
import { inspectXlsxArchive } from "@/lib/xlsx/inspect-xlsx-archive";
import { MAX_EXPANDED_BYTES, MAX_WORKBOOK_BYTES } from "@/lib/xlsx/xlsx-import-limits";
import { buildZip, XLSX_PARTS } from "@/tests/support/build-zip";
import { buildHandMadeWorkbook } from "@/tests/support/hand-made-workbook";

function refusal(bytes: Buffer, name = "upload.xlsx"): WorkbookRefusedError {
  try {
    inspectXlsxArchive(bytes, name);
  } catch (error) {
    expect(error).toBeInstanceOf(WorkbookRefusedError);
    return error as WorkbookRefusedError;
  }
  throw new Error("the archive was accepted");
}

describe("inspectXlsxArchive", () => {
  it("accepts a real workbook", async () => {
    expect(() => inspectXlsxArchive(new Uint8Array(buildZip(XLSX_PARTS)), "a.xlsx")).not.toThrow();
    const bytes = await buildHandMadeWorkbook();
    expect(() => inspectXlsxArchive(bytes, "filled.xlsx")).not.toThrow();
  });

  it("judges by the bytes, not the name: text, a PDF and a docx-like zip are not xlsx", () => {
    expect(refusal(Buffer.from("No:,Current Status\n1.1.1,Level 3\n"), "return.xlsx")).toMatchObject({ reason: "notXlsx", message: expect.stringContaining("return.xlsx is not an xlsx workbook") });
    expect(refusal(Buffer.from("%PDF-1.7 ...................."))).toMatchObject({ reason: "notXlsx" });
    const docx = buildZip([{ name: "[Content_Types].xml", data: Buffer.from("<Types/>") }, { name: "word/document.xml", data: Buffer.from("<w/>") }]);
    expect(refusal(docx)).toMatchObject({ reason: "notXlsx" });
    expect(refusal(Buffer.alloc(0))).toMatchObject({ reason: "empty" });
  });

  it("refuses a file over 10 MB", () => {
    const error = refusal(Buffer.alloc(MAX_WORKBOOK_BYTES + 1));
    expect(error).toMatchObject({ reason: "tooLarge", message: "upload.xlsx is larger than 10 MB. Save the workbook without pictures or extra sheets and try again." });
  });

  it("refuses an archive that expands past the limit, even when it declares small sizes", () => {
    // 101 MB of zeros deflate to about 100 KB.
    const bomb = buildZip([...XLSX_PARTS, { name: "xl/worksheets/sheet1.xml", data: Buffer.alloc(MAX_EXPANDED_BYTES + 1024 * 1024), declaredSize: 1000 }]);
    expect(bomb.length).toBeLessThan(MAX_WORKBOOK_BYTES);
    expect(refusal(bomb)).toMatchObject({ reason: "expandsTooFar", message: expect.stringContaining("would expand to more than 100 MB") });
  }, 30_000);

  it("refuses an archive with too many parts", () => {
    const parts = Array.from({ length: 2001 }, (_, index) => ({ name: `xl/media/${index}.txt`, data: Buffer.from("x"), method: 0 as const }));
    expect(refusal(buildZip([...XLSX_PARTS, ...parts]))).toMatchObject({ reason: "tooManyEntries", message: expect.stringContaining("more than 2000 parts") });
  });

  it("refuses a truncated archive as damaged or not xlsx, never with a crash", () => {
    const bytes = buildZip(XLSX_PARTS);
    expect(["damaged", "notXlsx"]).toContain(refusal(bytes.subarray(0, bytes.length - 30)).reason);
    expect(["damaged", "notXlsx"]).toContain(refusal(bytes.subarray(0, 40)).reason);
  });
});
