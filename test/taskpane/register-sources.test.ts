import { readFileSync } from "node:fs";
import { join } from "node:path";
import { REGISTER_FILE_LIMIT_BYTES } from "../../src/core/register/file-limit";
import { readRegisterFile } from "../../src/taskpane/register-sources";

const SEED = readFileSync(join(__dirname, "../../seeds/kpis-2023.json"), "utf8");

function picked(text: string, name = "register.json"): Blob & { name: string } {
  return Object.assign(new Blob([text], { type: "application/json" }), { name });
}

describe("the pane's register import", () => {
  test("a file over the size limit is refused without being read", async () => {
    const big = picked(" ".repeat(REGISTER_FILE_LIMIT_BYTES + 1), "huge.json");
    const text = jest.spyOn(big, "text");
    expect(await readRegisterFile(big)).toEqual({
      ok: false,
      errors: ["huge.json is 5.0 MB; a register file may be at most 5 MB"],
    });
    expect(text).not.toHaveBeenCalled();
  });

  test("the seed register, also with a UTF-8 byte-order mark, is read", async () => {
    for (const text of [SEED, `\uFEFF${SEED}`]) {
      const result = await readRegisterFile(picked(text));
      expect(result.ok && result.register.year).toBe(2023);
    }
  });
});
