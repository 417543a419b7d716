export {
  parseTargets,
  readKpiText,
  type EmphasisSpan,
  type KpiTextReading,
  type TargetParseResult,
} from "./parse-targets";
