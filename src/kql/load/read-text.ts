import { readFile } from 'node:fs/promises';

/**
 * A whole data file as UTF-8 bytes. Windows PowerShell (`Out-File`, `Export-Csv` in 5.1) writes
 * UTF-16 with a byte order mark; such files are re-encoded so the parsers see one encoding.
 * A UTF-8 BOM is left for the parsers, which skip it.
 */
export async function readUtf8(path: string): Promise<Buffer> {
  const bytes = await readFile(path);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return Buffer.from(bytes.subarray(2).toString('utf16le'), 'utf8');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    const littleEndian = Buffer.from(bytes.subarray(2, bytes.length - (bytes.length % 2))).swap16();
    return Buffer.from(littleEndian.toString('utf16le'), 'utf8');
  }
  return bytes;
}
