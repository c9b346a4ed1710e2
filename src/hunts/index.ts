// Public surface of hunt templates, parameters and reports.
export type * from './report.ts';
