import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The 78 real Sentinel hunting queries, copied into the repository (see the folder's README for source and licence). */
export const CORPUS_DIR = fileURLToPath(new URL('../../fixtures/kql/corpus/', import.meta.url));

export interface CorpusQuery {
  readonly file: string;
  readonly text: string;
}

/** Every corpus query, in file-name order, so failures name the same file on every machine. */
export function corpusQueries(): CorpusQuery[] {
  return readdirSync(CORPUS_DIR)
    .filter((file) => file.endsWith('.kql'))
    .sort()
    .map((file) => ({ file, text: readFileSync(`${CORPUS_DIR}${file}`, 'utf8') }));
}
