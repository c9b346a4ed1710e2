import type { ExternalDataSources, KqlColumn } from '../../kql/index.ts';

/** One local query as sent to the engine thread: plain data, so it crosses the thread boundary by structured clone. */
export interface LocalJob {
  readonly dataDir: string;
  readonly query: string;
  /** The window as epoch milliseconds; its end is also the query's `now()`. */
  readonly window: { readonly start: number; readonly end: number };
  /** Where `externaldata` may read from; the thread builds its reader from these. Absent, it is refused. */
  readonly externalData?: ExternalDataSources;
}

/** The engine thread's answer: a wire-shaped result, or why there is none. */
export type LocalAnswer =
  | {
      readonly kind: 'ok';
      readonly columns: readonly KqlColumn[];
      readonly rows: readonly (readonly unknown[])[];
      readonly loadWarnings: readonly { readonly file: string; readonly message: string }[];
      /** Files of tables the query does not name that could not be loaded: logged, not shown with the result. */
      readonly skippedFiles: readonly { readonly file: string; readonly message: string }[];
      /** Rows in the window of the tables the query reads. */
      readonly rowsRead: number;
      readonly queryWarnings: readonly string[];
      readonly truncated: boolean;
    }
  | { readonly kind: 'unreadable'; readonly message: string }
  | { readonly kind: 'rejected'; readonly messages: readonly string[] }
  | { readonly kind: 'failed'; readonly code: string; readonly message: string };

export interface JobMessage {
  readonly id: number;
  readonly job: LocalJob;
  /** The query's cooperative time limit (runQuery's timeoutMs); the main thread's watchdog allows it plus a grace. */
  readonly timeoutMs: number;
}

/**
 * The job's data is loaded, its external data read, and its query starts: from here the watchdog counts (a big load
 * may take long, and a fetch waits on the network while another job's query may hold the thread).
 */
export interface StartedMessage {
  readonly id: number;
  readonly started: true;
}

export interface AnswerMessage {
  readonly id: number;
  readonly answer: LocalAnswer;
}

/** What the engine thread posts back: a job's start, then its answer. */
export type WorkerMessage = StartedMessage | AnswerMessage;
