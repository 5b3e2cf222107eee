import { Writable } from 'node:stream';
import { createLogger, type Logger } from '../../src/logging/logger.ts';

/** A real pino logger at info level whose lines are counted, not printed; errors are kept for the report. */
export function quietLogger(): { logger: Logger; errors: string[]; lines: () => number } {
  const errors: string[] = [];
  let lines = 0;
  const sink = new Writable({
    write: (chunk: Buffer, _encoding, done) => {
      for (const text of String(chunk).split('\n')) {
        if (!text) continue;
        lines++;
        if (/"level":(50|60)/.test(text) && errors.length < 5) errors.push(text.slice(0, 400));
      }
      done();
    },
  });
  return { logger: createLogger('info', sink), errors, lines: () => lines };
}
