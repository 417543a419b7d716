/**
 * Builds zip packages by hand for the size-limit tests: honest ones that inflate to hundreds of MB
 * from a few hundred KB, and ones whose headers understate what their parts inflate to.
 */
import { constants, deflateRawSync } from "node:zlib";

export interface RawPart {
  name: string;
  /** Deflated bytes as they go into the package. */
  deflated: Buffer;
  /** The uncompressed size written in the headers (honest or not). */
  declaredSize: number;
}

/** `megabytes` MB of spaces as one deflate stream of about 1 KB per MB: each flushed MB is identical. */
export function deflatedSpaces(megabytes: number): Buffer {
  const oneMegabyte = deflateRawSync(Buffer.alloc(1024 * 1024, 32), { finishFlush: constants.Z_FULL_FLUSH });
  const finalEmptyBlock = Buffer.from([0x01, 0x00, 0x00, 0xff, 0xff]);
  return Buffer.concat([...Array<Buffer>(megabytes).fill(oneMegabyte), finalEmptyBlock]);
}

export function deflatedText(text: string): RawPart {
  const bytes = Buffer.from(text, "utf8");
  return { name: "", deflated: deflateRawSync(bytes), declaredSize: bytes.length };
}

export function zipPackage(parts: readonly RawPart[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name, "utf8");
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8); // deflated
    local.writeUInt32LE(part.deflated.length, 18);
    local.writeUInt32LE(part.declaredSize, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(part.deflated.length, 20);
    central.writeUInt32LE(part.declaredSize, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, part.deflated);
    centrals.push(central, name);
    offset += local.length + name.length + part.deflated.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}
