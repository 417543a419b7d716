import type { Register } from "../../../src/core/register/schema";
import { smallRegister } from "./fixture";

/**
 * The small register with Chinese text everywhere except KPI 2023-B-1, which is left without, to be flagged.
 * The Chinese is written for the test; the seeds have none (the paper we have is English only).
 */
export const chineseRegister: Register = (() => {
  const register = structuredClone(smallRegister);
  register.chinese = { title: "保安局措施的關鍵績效指標（2023年）" };
  const [first, second] = register.areas;
  first.chinese = { title: "保家安邦" };
  first.measures[0].chinese = { title: "加強社區應急準備" };
  first.measures[0].kpis[0].chinese = {
    text: [
      { text: "消防處會在" },
      { text: "2024年年底前", bold: true },
      { text: "進行" },
      { text: "750", bold: true },
      { text: "次主動巡查。" },
    ],
  };
  first.measures[0].kpis[1].chinese = {
    text: [{ text: "消防處會在" }, { text: "2024年年底前", bold: true }, { text: "開設支援中心。" }],
  };
  second.chinese = { title: "攜手同行更生路" };
  second.measures[0].chinese = {
    title: "加強處理聲請",
    preamble: [{ text: "政府會繼續推行措施，包括：" }],
  };
  return register;
})();
