import { existsSync, readFileSync } from 'node:fs';

// /proc counts a thread's time in clock ticks, which Linux exposes to user space at 100 per second.
const MS_PER_TICK = 10;

/**
 * CPU time (user + system, ms, to 10 ms) this process's main thread has used, from
 * /proc/self/task/<pid>/stat; undefined where there is no /proc. process.cpuUsage() adds every
 * thread: zlib's threadpool and V8's GC helpers, which run beside the JavaScript.
 */
export function mainThreadCpuMs(): number | undefined {
  const stat = `/proc/self/task/${process.pid}/stat`;
  if (!existsSync(stat)) return undefined;
  // Fields after the parenthesised command name start at field 3 (state); utime and stime are fields 14 and 15.
  const line = readFileSync(stat, 'utf8');
  const fields = line.slice(line.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * MS_PER_TICK;
}
