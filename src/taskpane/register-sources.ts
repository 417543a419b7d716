import { REGISTER_FILE_LIMIT_BYTES, registerTooLargeMessage } from "../core/register/file-limit";
import type { RegisterLoadResult } from "../core/register/load";

/** A register the pane offers. Seeds are fetched on demand so the first paint stays small. */
export interface RegisterSource {
  id: string;
  label: string;
  load(): Promise<unknown>;
}

export const SEED_REGISTERS: readonly RegisterSource[] = [
  {
    id: "seed-2023",
    label: "KPIs 2023 (Security Bureau, built in)",
    load: () =>
      import(/* webpackChunkName: "register-2023" */ "../../seeds/kpis-2023.json").then((m) => m.default),
  },
  {
    id: "seed-2022",
    label: "KPIs 2022 (Security Bureau, built in)",
    load: () =>
      import(/* webpackChunkName: "register-2022" */ "../../seeds/kpis-2022.json").then((m) => m.default),
  },
];

/** Reads and schema-checks a register file an officer picked; a bad file is refused with every error. */
export async function readRegisterFile(file: Blob & { name?: string }): Promise<RegisterLoadResult> {
  if (file.size > REGISTER_FILE_LIMIT_BYTES) {
    return { ok: false, errors: [registerTooLargeMessage(file.name ?? "The file", file.size)] };
  }
  let json: unknown;
  try {
    json = JSON.parse(await readText(file));
  } catch (error) {
    return {
      ok: false,
      errors: [`${file.name ?? "The file"} is not a JSON file: ${(error as Error).message}`],
    };
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
