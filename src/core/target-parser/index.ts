export { parseTargets, type TargetParseResult } from "./parse-targets";
