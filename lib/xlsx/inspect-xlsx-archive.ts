import { inflateRawSync } from "node:zlib";
import { xlsxImportCopy } from "../copy/xlsx-import";
import { WorkbookRefusedError } from "../errors";
import { MAX_ARCHIVE_ENTRIES, MAX_EXPANDED_BYTES, MAX_WORKBOOK_BYTES } from "./xlsx-import-limits";

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const EOCD_MIN = 22;
const MAX_COMMENT = 0xffff;

export interface ArchiveLimits {
  readonly maxBytes: number;
  readonly maxExpandedBytes: number;
  readonly maxEntries: number;
}

const DEFAULT_LIMITS: ArchiveLimits = { maxBytes: MAX_WORKBOOK_BYTES, maxExpandedBytes: MAX_EXPANDED_BYTES, maxEntries: MAX_ARCHIVE_ENTRIES };

/**
 * Refuses, before exceljs (and jszip under it) sees the bytes, anything that is not a modest
 * xlsx workbook: judged by the bytes, never the file name. The zip's central directory is read
 * here, and every part is really inflated against the remaining budget, because the sizes an
 * archive declares are the attacker's to choose. Throws WorkbookRefusedError.
 */
export function inspectXlsxArchive(bytes: Uint8Array, fileName: string, limits: ArchiveLimits = DEFAULT_LIMITS): void {
  const t = xlsxImportCopy.refused;
  const refuse = (reason: WorkbookRefusedError["reason"], message: string): never => {
    throw new WorkbookRefusedError(reason, message);
  };
  if (bytes.length === 0) refuse("empty", t.empty(fileName));
  if (bytes.length > limits.maxBytes) refuse("tooLarge", t.tooLarge(fileName, limits.maxBytes));
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.length < EOCD_MIN || view.readUInt32LE(0) !== LOCAL_SIGNATURE) refuse("notXlsx", t.notXlsx(fileName));

  // The end-of-central-directory record sits in the last 22 bytes plus any archive comment.
  let eocd = -1;
  for (let at = view.length - EOCD_MIN; at >= Math.max(0, view.length - EOCD_MIN - MAX_COMMENT); at -= 1) {
    if (view.readUInt32LE(at) === EOCD_SIGNATURE) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) refuse("notXlsx", t.notXlsx(fileName));
  const entries = view.readUInt16LE(eocd + 10);
  const directorySize = view.readUInt32LE(eocd + 12);
  const directoryOffset = view.readUInt32LE(eocd + 16);
  // Zip64 markers: no workbook under the size limit needs them, and they would hide the counts.
  if (entries === 0xffff || directoryOffset === 0xffffffff) refuse("damaged", t.damaged(fileName, "zip64 archives are not accepted"));
  if (entries > limits.maxEntries) refuse("tooManyEntries", t.tooManyEntries(fileName, limits.maxEntries));
  if (directoryOffset + directorySize > eocd) refuse("damaged", t.damaged(fileName, "its table of contents is cut short"));

  const names = new Set<string>();
  let expanded = 0;
  let at = directoryOffset;
  for (let index = 0; index < entries; index += 1) {
    if (at + 46 > eocd || view.readUInt32LE(at) !== CENTRAL_SIGNATURE) refuse("damaged", t.damaged(fileName, "its table of contents is cut short"));
    const method = view.readUInt16LE(at + 10);
    const compressedSize = view.readUInt32LE(at + 20);
    const nameLength = view.readUInt16LE(at + 28);
    const extraLength = view.readUInt16LE(at + 30);
    const commentLength = view.readUInt16LE(at + 32);
    const localOffset = view.readUInt32LE(at + 42);
    const name = view.toString("utf8", at + 46, at + 46 + nameLength);
    names.add(name);
    at += 46 + nameLength + extraLength + commentLength;

    if (localOffset + 30 > view.length || view.readUInt32LE(localOffset) !== LOCAL_SIGNATURE) refuse("damaged", t.damaged(fileName, `part ${name} is missing`));
    const dataStart = localOffset + 30 + view.readUInt16LE(localOffset + 26) + view.readUInt16LE(localOffset + 28);
    if (dataStart + compressedSize > view.length) refuse("damaged", t.damaged(fileName, `part ${name} is cut short`));
    const budget = limits.maxExpandedBytes - expanded;
    if (method === 0) {
      expanded += compressedSize;
    } else if (method === 8) {
      try {
        // maxOutputLength stops inflating as soon as the budget is spent: a bomb costs no memory.
        expanded += inflateRawSync(view.subarray(dataStart, dataStart + compressedSize), { maxOutputLength: Math.max(1, budget + 1) }).length;
      } catch (error) {
        if (error instanceof RangeError || (error as { code?: string }).code === "ERR_BUFFER_TOO_LARGE") refuse("expandsTooFar", t.expandsTooFar(fileName, limits.maxExpandedBytes));
        refuse("damaged", t.damaged(fileName, `part ${name} cannot be unpacked`));
      }
    } else {
      refuse("damaged", t.damaged(fileName, `part ${name} is packed in a way xlsx never uses`));
    }
    if (expanded > limits.maxExpandedBytes) refuse("expandsTooFar", t.expandsTooFar(fileName, limits.maxExpandedBytes));
  }
  // An xlsx is a zip holding these two parts; a docx or an odt is a zip too, but without them.
  if (!names.has("[Content_Types].xml") || !names.has("xl/workbook.xml")) refuse("notXlsx", t.notXlsx(fileName));
}
