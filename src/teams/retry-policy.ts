/** Statuses worth another try: throttling, precondition races and gateway trouble (0 = network). */
const TRANSIENT = new Set([0, 408, 412, 429, 500, 502, 503, 504]);

export interface RetryPolicy {
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { maxAttempts: 6, baseDelayMs: 500, maxDelayMs: 60_000 };

/** Whether a failed call may be retried. */
export function isTransient(status: number): boolean {
  return TRANSIENT.has(status);
}

/** Delay before attempt `attempt + 1`: Retry-After when given, else exponential backoff, half of it random (equal jitter). */
export function retryDelay(policy: RetryPolicy, attempt: number, retryAfterMs?: number, random: () => number = Math.random): number {
  if (retryAfterMs !== undefined) return Math.min(retryAfterMs, policy.maxDelayMs);
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt);
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}
