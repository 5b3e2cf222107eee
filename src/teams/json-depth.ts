/** Nesting depth of parsed JSON, stopping early once `limit` is exceeded. */
export function maxJsonDepth(value: unknown, limit: number, depth = 0): number {
  if (depth > limit || typeof value !== 'object' || value === null) return depth;
  let max = depth;
  for (const child of Object.values(value)) {
    max = Math.max(max, maxJsonDepth(child, limit, depth + 1));
    if (max > limit) return max;
  }
  return max;
}
