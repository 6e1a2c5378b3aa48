import { describe, expect, it } from "vitest";
import { attachmentDisposition } from "@/lib/files/attachment-disposition";

describe("attachmentDisposition", () => {
  it("keeps a plain name and gives it in both forms", () => {
    expect(attachmentDisposition("Devon ICB 2025-26.xlsx")).toBe(`attachment; filename="Devon ICB 2025-26.xlsx"; filename*=UTF-8''Devon%20ICB%202025-26.xlsx`);
  });

  it("drops quotes, slashes and control characters, and keeps non-ASCII only in filename*", () => {
    const header = attachmentDisposition('St Peter’s "Hospice"/2025\r\nX: y.xlsx');
    expect(header).not.toMatch(/[\r\n]/);
    expect(header).toBe(`attachment; filename="St Peters Hospice 2025 X y.xlsx"; filename*=UTF-8''St%20Peter%E2%80%99s%20Hospice%202025%20X%20y.xlsx`);
  });
});
