/** Microsoft Graph refused or failed a request. */
export class GraphError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly requestId?: string,
  ) {
    super(message);
    this.name = 'GraphError';
  }
}

/** Normalises errors from the Graph SDK (which carry statusCode, code and request id). */
export function toGraphError(error: unknown): GraphError {
  if (error instanceof GraphError) return error;
  const e = error as { statusCode?: number; code?: string | null; message?: string; requestId?: string | null; name?: string };
  const status = typeof e.statusCode === 'number' && e.statusCode > 0 ? e.statusCode : 0;
  return new GraphError(status, e.code ?? (status ? 'graph_error' : 'network_error'), `Microsoft Graph ${status || 'network'}: ${String(e.message ?? error).slice(0, 300)}`, e.requestId ?? undefined);
}
