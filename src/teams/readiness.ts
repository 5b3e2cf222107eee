import type { CodedError } from '../errors/coded-error.ts';

/** One thing the bot needs before it can serve: it resolves when ready, throws why not. */
export interface ReadinessCheck {
  name: string;
  run(): Promise<void>;
}

/** What GET /readyz answers: every check's verdict; a failed one says why in words that carry no secret. */
export interface Readiness {
  status: 'ready' | 'not-ready';
  checks: Record<string, 'ok' | { failed: string; code?: string }>;
}

/** A failed check's reason: the error's code and message, with every configured secret masked. */
function reasonOf(error: unknown, secrets: string[]): { failed: string; code?: string } {
  const e = error as Partial<CodedError> & { errorCode?: string; name?: string; message?: string };
  let text = String(e?.message ?? error).slice(0, 300);
  for (const secret of secrets) if (secret) text = text.split(secret).join('[redacted]');
  // Bearer tokens and JWTs never belong in a probe answer either.
  text = text.replace(/Bearer\s+\S+/gi, 'Bearer [redacted]').replace(/eyJ[\w-]+\.[\w-]+\.[\w-]*/g, '[redacted]');
  const code = typeof e?.code === 'string' ? e.code : typeof e?.errorCode === 'string' ? e.errorCode : undefined;
  return code ? { failed: text, code } : { failed: text };
}

/**
 * Runs every check at once, each bounded by `timeoutMs` (a probe must answer even when Entra ID
 * hangs): ready only when all pass. For App Service / Kubernetes readiness probes; /healthz stays liveness.
 */
export async function checkReadiness(checks: ReadinessCheck[], secrets: string[], timeoutMs = 5000): Promise<Readiness> {
  const results = await Promise.all(
    checks.map(async (check) => {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
      });
      try {
        await Promise.race([check.run(), timeout]);
        return [check.name, 'ok'] as const;
      } catch (error) {
        return [check.name, reasonOf(error, secrets)] as const;
      } finally {
        clearTimeout(timer);
      }
    }),
  );
  const ready = results.every(([, verdict]) => verdict === 'ok');
  return { status: ready ? 'ready' : 'not-ready', checks: Object.fromEntries(results) };
}
