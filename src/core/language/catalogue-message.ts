import type { MessageKey } from "./catalogue/en";
import type { Translate } from "./translate";

/**
 * A sentence kept as its catalogue key and values, put into words by whoever shows it, in their language.
 * A value may itself be such a sentence (the reason inside 'sheet "Sheet1": <reason>').
 */
export interface CatalogueMessage {
  key: MessageKey;
  params?: Readonly<Record<string, string | number | CatalogueMessage>>;
}

export function messageIn(t: Translate, message: CatalogueMessage): string {
  const params = Object.fromEntries(
    Object.entries(message.params ?? {}).map(([name, value]) => [
      name,
      typeof value === "object" ? messageIn(t, value) : value,
    ]),
  );
  return t(message.key, params);
}
