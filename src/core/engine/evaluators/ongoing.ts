import type { CompiledOngoing } from "../compiled-target";
import { verdict, type PartInput, type PartVerdict } from "../part";
import { REPORTED_PHRASE_STATUS, REPORTED_STATUS_PHRASES, type ReportedStatusPhrase } from "../phrases";

/** An ongoing target has nothing to compute, so the officer's phrase is its status. */
const NO_PHRASE = `nothing to compute: enter its status in Reported status (${REPORTED_STATUS_PHRASES.map((p) => `"${p}"`).join(", ")})`;

const REPORTED_AS: Readonly<Record<ReportedStatusPhrase, string>> = Object.fromEntries(
  REPORTED_STATUS_PHRASES.map((phrase) => [phrase, `reported as "${phrase}"`]),
) as Record<ReportedStatusPhrase, string>;

/** Ongoing and qualitative targets have nothing to compute: they take the officer's reported phrase. */
export function evaluateOngoing(compiled: CompiledOngoing, input: PartInput): PartVerdict {
  const targetIndex = compiled.index;
  if (input.reportedPhrase === null) return verdict(targetIndex, "not-reported", null, null, "", NO_PHRASE);
  const status = REPORTED_PHRASE_STATUS[input.reportedPhrase];
  const reason = status === "off-track" ? REPORTED_AS[input.reportedPhrase] : null;
  return verdict(targetIndex, status, null, null, "", reason);
}
