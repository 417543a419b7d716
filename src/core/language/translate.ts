import type { Catalogue, MessageKey } from "./catalogue/en";
import { fillTemplate, type MessageParams } from "./message-template";

/** Reads one message from a catalogue, placeholders filled. */
export type Translate = (key: MessageKey, params?: MessageParams) => string;

export function translatorFor(catalogue: Catalogue): Translate {
  return (key, params) => fillTemplate(catalogue[key], params);
}
