/**
 * Freezes a JSON-like value and everything in it, so a document shared between readers (a store's cache,
 * a repository's parsed copy) cannot be changed through one of them: in ESM's strict mode a write throws.
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  for (const child of Object.values(value)) deepFreeze(child);
  return Object.freeze(value);
}
