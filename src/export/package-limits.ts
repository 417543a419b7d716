/**
 * Size limits for the Office packages (xlsx, zip) read back in, checked before a reader such as exceljs
 * inflates them: a few megabytes of zip can declare, or really hold, gigabytes of XML. Browser-safe
 * (fflate only), so the task pane can run the same check.
 */
import { Inflate } from "fflate";

/** The most a package may inflate to, all parts together. Real tracking workbooks are a few MB. */
export const PACKAGE_INFLATED_LIMIT = 100 * 1024 * 1024;

export class PackageLimitError extends Error {
  override name = "PackageLimitError";
  /** "damaged": not a zip a reader could open anyway; "too-large": would inflate past the limit. */
  constructor(
    message: string,
    readonly kind: "damaged" | "too-large" = "too-large",
  ) {
    super(message);
  }
}

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_FILE_HEADER = 0x02014b50;
const LOCAL_FILE_HEADER = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;
/**
 * Deflate inflates at most about 1 032 times, so a chunk of declaredSize / 1 024 compressed bytes
 * cannot overshoot much: a part that understates its size is fed in small chunks and stops early,
 * an honest large part in large ones.
 */
const MAX_RATIO = 1024;
const MIN_CHUNK = 1024;
const MAX_CHUNK = 64 * 1024;

interface PackagePart {
  name: string;
  method: number;
  compressedSize: number;
  declaredSize: number;
  localHeaderOffset: number;
}

function megabytes(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024))} MB`;
}

function findEndOfCentralDirectory(view: DataView): number {
  // The record is 22 bytes plus a comment of at most 65 535 bytes, at the end of the file.
  const last = view.byteLength - 22;
  for (let at = last; at >= 0 && at >= last - 0xffff; at--) {
    if (view.getUint32(at, true) === END_OF_CENTRAL_DIRECTORY) return at;
  }
  throw new PackageLimitError("not a zip package (no central directory)", "damaged");
}

/** The parts as the central directory lists them, without inflating anything. */
export function packageParts(bytes: Uint8Array): PackagePart[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndOfCentralDirectory(view);
  const count = view.getUint16(end + 10, true);
  const offset = view.getUint32(end + 16, true);
  if (count === 0xffff || offset === 0xffffffff) {
    throw new PackageLimitError("a ZIP64 package, larger than any workbook this reads");
  }
  const decoder = new TextDecoder();
  const parts: PackagePart[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > view.byteLength || view.getUint32(at, true) !== CENTRAL_FILE_HEADER) {
      throw new PackageLimitError("a damaged zip package (central directory cut short)", "damaged");
    }
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    parts.push({
      name: decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      declaredSize: view.getUint32(at + 24, true),
      localHeaderOffset: view.getUint32(at + 42, true),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return parts;
}

function compressedData(bytes: Uint8Array, view: DataView, part: PackagePart): Uint8Array {
  const at = part.localHeaderOffset;
  if (at + 30 > view.byteLength || view.getUint32(at, true) !== LOCAL_FILE_HEADER) {
    throw new PackageLimitError(`a damaged zip package (part ${part.name} not found)`, "damaged");
  }
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  if (start + part.compressedSize > bytes.byteLength) {
    throw new PackageLimitError(`a damaged zip package (part ${part.name} cut short)`, "damaged");
  }
  return bytes.subarray(start, start + part.compressedSize);
}

/** Inflates one part and throws as soon as it yields more than it declared; the output is dropped. */
function checkInflatedSize(data: Uint8Array, part: PackagePart): void {
  let produced = 0;
  const inflate = new Inflate((chunk) => {
    produced += chunk.length;
    if (produced > part.declaredSize) {
      throw new PackageLimitError(
        `part ${part.name} inflates past the ${part.declaredSize} bytes it declares; the file is not a genuine workbook`,
      );
    }
  });
  const chunk = Math.min(MAX_CHUNK, Math.max(MIN_CHUNK, Math.ceil(part.declaredSize / MAX_RATIO)));
  for (let at = 0; at < data.length; at += chunk) {
    inflate.push(data.subarray(at, at + chunk), at + chunk >= data.length);
  }
  if (data.length === 0) inflate.push(data, true);
}

/**
 * Refuses a package whose parts declare more than `limit` bytes in all (read from the central
 * directory, nothing inflated), then inflates each part with its declared size as a cap, so a part
 * that understates its size cannot get past the limit either. Throws PackageLimitError.
 */
export function checkPackageSize(bytes: Uint8Array, limit = PACKAGE_INFLATED_LIMIT): void {
  const parts = packageParts(bytes);
  const declared = parts.reduce((sum, part) => sum + part.declaredSize, 0);
  if (declared > limit) {
    throw new PackageLimitError(
      `its parts would inflate to ${megabytes(declared)}, over the ${megabytes(limit)} limit for a workbook`,
    );
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (const part of parts) {
    const data = compressedData(bytes, view, part);
    if (part.method === STORED) {
      if (part.compressedSize !== part.declaredSize) {
        throw new PackageLimitError(
          `part ${part.name} is stored with a size that does not match its declared size`,
        );
      }
    } else if (part.method === DEFLATED) {
      checkInflatedSize(data, part);
    } else {
      throw new PackageLimitError(
        `part ${part.name} uses compression method ${part.method}, which workbooks do not use`,
      );
    }
  }
}

/** The most one of the small XML parts read by readSmallPart may hold (workbook.xml, a .rels part). */
export const SMALL_PART_LIMIT = 1024 * 1024;

/**
 * The text of one small part, or null when the package has none, inflated with its declared size and
 * `limit` as caps, without reading the rest of the package. Throws PackageLimitError.
 */
export function readSmallPart(bytes: Uint8Array, name: string, limit = SMALL_PART_LIMIT): string | null {
  const part = packageParts(bytes).find((candidate) => candidate.name === name);
  if (part === undefined) return null;
  if (part.declaredSize > limit) {
    throw new PackageLimitError(
      `part ${name} declares ${part.declaredSize} bytes, over the ${limit} read here`,
    );
  }
  const data = compressedData(bytes, new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength), part);
  if (part.method === STORED) return new TextDecoder().decode(data.subarray(0, part.declaredSize));
  if (part.method !== DEFLATED) {
    throw new PackageLimitError(
      `part ${name} uses compression method ${part.method}, which workbooks do not use`,
    );
  }
  const chunks: Uint8Array[] = [];
  let produced = 0;
  const inflate = new Inflate((chunk) => {
    produced += chunk.length;
    if (produced > part.declaredSize) {
      throw new PackageLimitError(`part ${name} inflates past the ${part.declaredSize} bytes it declares`);
    }
    chunks.push(chunk);
  });
  const chunk = Math.min(MAX_CHUNK, Math.max(MIN_CHUNK, Math.ceil(part.declaredSize / MAX_RATIO)));
  for (let at = 0; at < data.length; at += chunk)
    inflate.push(data.subarray(at, at + chunk), at + chunk >= data.length);
  if (data.length === 0) inflate.push(data, true);
  const text = new Uint8Array(produced);
  let at = 0;
  for (const piece of chunks) {
    text.set(piece, at);
    at += piece.length;
  }
  return new TextDecoder().decode(text);
}
