import type { YAMLError } from 'yaml';

/**
 * What each YAML error code means, in words that quote nothing: the parser's own messages quote the text they
 * stumbled on (`Unexpected scalar token in YAML stream: "<text>"`, `Block scalar header includes extra
 * characters: |<text>`), and that text may be a secret pasted into the file.
 */
const MEANING: Readonly<Record<string, string>> = {
  BAD_INDENT: 'the indentation does not match the lines around it',
  TAB_AS_INDENT: 'a tab is used for indentation; indent with spaces',
  MISSING_CHAR: 'a character is missing: a closing quote or bracket, a comma, or a space after ":"',
  UNEXPECTED_TOKEN: 'unexpected text here: a stray bracket, quote or character, or a value that needs quoting',
  BLOCK_AS_IMPLICIT_KEY: 'a key must fit on one line and be followed by ":"',
  MULTILINE_IMPLICIT_KEY: 'a key must fit on one line and be followed by ":"',
  DUPLICATE_KEY: 'the same key appears twice in one mapping',
  BAD_DQ_ESCAPE: 'an invalid backslash escape in a double-quoted value; use single quotes for text with backslashes',
  BAD_SCALAR_START: 'a plain value cannot start with this character; quote the value',
  BLOCK_IN_FLOW: 'a block value inside { } or [ ]; write the mapping or list in one style',
  MULTIPLE_DOCS: 'the file holds more than one YAML document (---); keep one',
};

/** One line per YAML error: its meaning and where it is, never the text it is about. */
export function yamlProblem(error: YAMLError): string {
  const at = error.linePos?.[0];
  const where = at ? ` at line ${at.line}, column ${at.col}` : '';
  const meaning = MEANING[error.code] ?? `the YAML is malformed (${error.code})`;
  return `YAML syntax${where}: ${meaning}`;
}
