import http from 'node:http';

/** What one load run measured. */
export interface LoadResult {
  /** Request-to-response milliseconds of every request, in completion order. */
  latencies: number[];
  wallMs: number;
  /** Requests that did not answer 200 or failed `accept`. */
  failures: number;
  firstFailure?: string;
}

/**
 * POSTs every body to `url` with `concurrency` requests in flight over kept-alive connections;
 * each latency runs from sending the request to the end of the response body.
 */
export async function runLoad(url: string, bodies: readonly string[], concurrency: number, accept: (status: number, body: string) => boolean): Promise<LoadResult> {
  const target = new URL(url);
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  const result: LoadResult = { latencies: [], wallMs: 0, failures: 0 };
  const once = (body: string) =>
    new Promise<void>((resolve) => {
      const started = performance.now();
      const req = http.request(
        { host: target.hostname, port: target.port, path: target.pathname, method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => {
            result.latencies.push(performance.now() - started);
            const text = Buffer.concat(chunks).toString('utf8');
            if (!accept(res.statusCode ?? 0, text)) {
              result.failures++;
              result.firstFailure ??= `HTTP ${res.statusCode}: ${text.slice(0, 300)}`;
            }
            resolve();
          });
        },
      );
      req.on('error', (error) => {
        result.failures++;
        result.firstFailure ??= error.message;
        resolve();
      });
      req.end(body);
    });
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: Math.min(concurrency, bodies.length) }, async () => {
      while (next < bodies.length) await once(bodies[next++]!);
    }),
  );
  result.wallMs = performance.now() - started;
  agent.destroy();
  return result;
}
