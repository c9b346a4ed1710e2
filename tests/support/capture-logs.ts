import { Writable } from 'node:stream';

/** A log destination that keeps every line, for assertions on what was (and was not) logged. */
export function captureLogs(): { stream: Writable; lines: string[]; text: () => string } {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(...chunk.toString().split('\n').filter(Boolean));
      done();
    },
  });
  return { stream, lines, text: () => lines.join('\n') };
}
