/**
 * Which core test files a mutant run needs. StrykerJS runs each mutant with a jest `testNamePattern`
 * naming the tests that reach it, `(<escaped full name>)|(…)`, and every full name in the mutation run
 * starts with its test file's path (all-core-tests.ts wraps each file in a describe of that name). Only
 * those files are loaded; with no pattern (the dry run that measures coverage) every file is.
 */
export function filesNamedIn(testNamePattern: string | null | undefined, files: readonly string[]): string[] {
  if (!testNamePattern) return [...files];
  return files.filter((file) => testNamePattern.includes(`(${escapedAsStrykerDoes(file)} `));
}

/** The escaping StrykerJS applies to a test name (`escapeRegExp` of @stryker-mutator/util). */
function escapedAsStrykerDoes(text: string): string {
  return text.replace(/[.*+\-?^${}()|[\]\\]/g, "\\$&");
}
