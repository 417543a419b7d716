import type { MessageKey } from "./catalogue/en";
import { fillTemplate, type MessageParams } from "./message-template";

/** Reads one message from a catalogue, placeholders filled. */
export type Translate<Key extends string = MessageKey> = (key: Key, params?: MessageParams) => string;

export function translatorFor<Key extends string>(catalogue: Readonly<Record<Key, string>>): Translate<Key> {
  return (key, params) => fillTemplate(catalogue[key], params);
}
