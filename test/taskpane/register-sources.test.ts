import { readFileSync } from "node:fs";
import { join } from "node:path";
import { REGISTER_FILE_LIMIT_BYTES } from "../../src/core/register/file-limit";
import { EN } from "../../src/core/language/catalogue/en";
import { ZH_HK } from "../../src/core/language/catalogue/zh-hk";
import { translatorFor } from "../../src/core/language/translate";
import { wordsIn } from "../../src/taskpane/pane-state";
import { SEED_REGISTERS, readRegisterFile, sourceLabel } from "../../src/taskpane/register-sources";

const SEED = readFileSync(join(__dirname, "../../seeds/kpis-2023.json"), "utf8");

function picked(text: string, name = "register.json"): Blob & { name: string } {
  return Object.assign(new Blob([text], { type: "application/json" }), { name });
}

describe("the pane's register import", () => {
  test("a file over the size limit is refused without being read", async () => {
    const big = picked(" ".repeat(REGISTER_FILE_LIMIT_BYTES + 1), "huge.json");
    const text = jest.spyOn(big, "text");
    const result = await readRegisterFile(big);
    expect(result.ok).toBe(false);
    const errors = result.ok ? [] : result.errors;
    expect(errors.map((error) => wordsIn(translatorFor(EN), error))).toEqual([
      "huge.json is 5.0 MB; a register file may be at most 5 MB",
    ]);
    expect(errors.map((error) => wordsIn(translatorFor(ZH_HK), error))).toEqual([
      "huge.json的大小為 5.0 MB，登記冊檔案最大為 5 MB",
    ]);
    expect(text).not.toHaveBeenCalled();
  });

  test("a file that is not JSON is refused in the pane's language, named, or called the file", async () => {
    for (const [file, english, chinese] of [
      [
        picked("Area,Measure", "notes.csv"),
        /^notes\.csv is not a JSON file: /,
        /^notes\.csv不是 JSON 檔案：/,
      ],
      [new Blob(["{"]), /^The file is not a JSON file: /, /^所選檔案不是 JSON 檔案：/],
    ] as const) {
      const result = await readRegisterFile(file);
      const errors = result.ok ? [] : result.errors;
      expect(errors).toHaveLength(1);
      expect(wordsIn(translatorFor(EN), errors[0])).toMatch(english);
      expect(wordsIn(translatorFor(ZH_HK), errors[0])).toMatch(chinese);
    }
  });

  test("the seed register, also with a UTF-8 byte-order mark, is read", async () => {
    for (const text of [SEED, `\uFEFF${SEED}`]) {
      const result = await readRegisterFile(picked(text));
      expect(result.ok && result.register.year).toBe(2023);
    }
  });
});

describe("the built-in registers' labels", () => {
  test("are catalogue messages only, with no English copy beside them, shown in either language", () => {
    expect(SEED_REGISTERS.map((source) => source.label)).toEqual([undefined, undefined]);
    expect(SEED_REGISTERS.map((source) => sourceLabel(source, translatorFor(EN)))).toEqual([
      "KPIs 2023 (Security Bureau, built in)",
      "KPIs 2022 (Security Bureau, built in)",
    ]);
    expect(sourceLabel(SEED_REGISTERS[0], translatorFor(ZH_HK))).toBe("2023年績效指標（保安局，內置）");
  });

  test("a plain label, such as a register's own title, is shown as it is", () => {
    const titled = { id: "kept", label: "Register 2024", load: () => Promise.resolve(null) };
    expect(sourceLabel(titled, translatorFor(ZH_HK))).toBe("Register 2024");
  });
});
