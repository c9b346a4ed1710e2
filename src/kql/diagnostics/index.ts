/**
 * @module Coded diagnostics of the KQL front end: the type, the catalogue of codes and helpers.
 */
export { type DiagnosticDraft, formatDiagnostic, type KqlDiagnostic, locateDiagnostics } from './diagnostic.ts';
export { Diagnostics, type Span } from './diagnostic-facts.ts';
export { didYouMean } from './did-you-mean.ts';
