import type { CatalogueMessage } from "../../core/language/catalogue-message";
import type { DepartmentReturn } from "../../core/returns/department-return";
import type { PaneWords } from "../pane-state";

export interface UnreadableFile {
  fileName: string;
  /** A reader's reason, or what the browser said when the file itself could not be opened. */
  reason: PaneWords;
}

/** A line a readable file raised (a column missing, a row skipped). */
export interface ReturnWarning {
  fileName: string;
  warning: CatalogueMessage;
}

export interface ReadReturns {
  returns: DepartmentReturn[];
  unreadable: UnreadableFile[];
  warnings: ReturnWarning[];
}

function bytesOf(file: Blob): Promise<Uint8Array> {
  if (typeof file.arrayBuffer === "function") return file.arrayBuffer().then((b) => new Uint8Array(b));
  // Older webviews lack Blob.arrayBuffer().
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error("could not read the file"));
    reader.readAsArrayBuffer(file);
  });
}

/**
 * Reads the returns an officer picked, in the pane; the readers (exceljs, csv-parse) are fetched on first
 * use. A file that cannot be read is named with the reason and the others are still read.
 */
export async function readReturns(files: readonly File[]): Promise<ReadReturns> {
  const { readReturnFile } = await import(/* webpackChunkName: "return-file" */ "../../export/return-file");
  const read: ReadReturns = { returns: [], unreadable: [], warnings: [] };
  for (const file of files) {
    try {
      // When the officer received the file, as near as the browser knows: when it was last saved.
      const receivedAt = new Date(file.lastModified || Date.now()).toISOString();
      const reading = await readReturnFile(await bytesOf(file), file.name, receivedAt);
      if (reading.ok) {
        read.returns.push(reading.return);
        read.warnings.push(...reading.warnings.map((warning) => ({ fileName: file.name, warning })));
      } else {
        read.unreadable.push({ fileName: file.name, reason: reading.error });
      }
    } catch (error) {
      read.unreadable.push({
        fileName: file.name,
        reason: error instanceof Error ? error.message : String(error),
      });
    }
  }
  return read;
}
