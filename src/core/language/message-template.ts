/** A catalogue entry: plain text with `{name}` placeholders, the same placeholders in every language. */
export type MessageParams = Readonly<Record<string, string | number>>;

const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9]*)\}/g;

/** The placeholder names a template uses, sorted and without repeats. */
export function placeholdersOf(template: string): string[] {
  return [...new Set([...template.matchAll(PLACEHOLDER)].map((match) => match[1]))].sort();
}

/**
 * Fills a template's placeholders. A placeholder without a value is an error in the caller, so it
 * throws rather than show "{count}" to an officer.
 */
export function fillTemplate(template: string, params: MessageParams = {}): string {
  return template.replace(PLACEHOLDER, (_whole, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`The message "${template}" needs a value for {${name}}.`);
    return String(value);
  });
}
