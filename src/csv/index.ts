// Public surface of csv: the one formula-safe CSV writer every export goes through.
export { type CsvCell, type CsvOptions, writeCsv } from './write-csv.ts';
