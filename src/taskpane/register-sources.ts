import { REGISTER_FILE_LIMIT_BYTES } from "../core/register/file-limit";
import type { RegisterLoadResult } from "../core/register/load";
import { messageIn, type CatalogueMessage } from "../core/language/catalogue-message";
import type { Translate } from "../core/language/translate";

interface SourceOfRegister {
  id: string;
  load(): Promise<unknown>;
}

/** A register the pane offers. Seeds are fetched on demand so the first paint stays small. */
export type RegisterSource = SourceOfRegister &
  (
    | {
        /** A label the catalogue has no words for (e.g. a register's own title), or one already in words. */
        label: string;
        labelText?: never;
      }
    | {
        /** The label as a catalogue message, shown in the pane's language. */
        labelText: CatalogueMessage;
        label?: never;
      }
  );

/** A source's label in the pane's language. */
export function sourceLabel(source: RegisterSource, t: Translate): string {
  return source.labelText === undefined ? source.label : messageIn(t, source.labelText);
}

function builtInSeed(year: number, load: () => Promise<unknown>): RegisterSource {
  return { id: `seed-${year}`, labelText: { key: "kpiList.source.builtIn", params: { year } }, load };
}

export const SEED_REGISTERS: readonly RegisterSource[] = [
  builtInSeed(2023, () =>
    import(/* webpackChunkName: "register-2023" */ "../../seeds/kpis-2023.json").then((m) => m.default),
  ),
  builtInSeed(2022, () =>
    import(/* webpackChunkName: "register-2022" */ "../../seeds/kpis-2022.json").then((m) => m.default),
  ),
];

/**
 * A register file checked in the pane. A refusal of the file itself is a catalogue message (the pane's
 * language); the schema checker's errors stay as it words them, since they quote the file's own fields.
 */
export type PickedRegisterResult = RegisterLoadResult | { ok: false; errors: CatalogueMessage[] };

/** Reads and schema-checks a register file an officer picked; a bad file is refused with every error. */
export async function readRegisterFile(file: Blob & { name?: string }): Promise<PickedRegisterResult> {
  const name: CatalogueMessage["params"] = file.name
    ? { file: file.name }
    : { file: { key: "pane.load.theFile" } };
  if (file.size > REGISTER_FILE_LIMIT_BYTES) {
    const size = (file.size / (1024 * 1024)).toFixed(1);
    const limit = REGISTER_FILE_LIMIT_BYTES / (1024 * 1024);
    return { ok: false, errors: [{ key: "pane.load.fileTooLarge", params: { ...name, size, limit } }] };
  }
  let json: unknown;
  try {
    json = JSON.parse(await readText(file));
  } catch (error) {
    const detail = (error as Error).message;
    return { ok: false, errors: [{ key: "pane.load.notJson", params: { ...name, detail } }] };
  }
  return checkRegister(json);
}

/** Schema-checks register JSON; the checker (zod) is fetched on first use. */
export async function checkRegister(json: unknown): Promise<RegisterLoadResult> {
  const { loadRegister } = await import(/* webpackChunkName: "register-check" */ "../core/register/load");
  return loadRegister(json);
}

function readText(file: Blob): Promise<string> {
  if (typeof file.text === "function") return file.text();
  // Older webviews lack Blob.text().
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error("could not read the file"));
    reader.readAsText(file);
  });
}
