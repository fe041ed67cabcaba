/**
 * JSON with object keys sorted: the same value gives the same text whatever order its keys were
 * written or stored in (PostgreSQL's jsonb reorders them, SQLite keeps them as written).
 */
export const canonicalJson = (value: unknown): string => {
  if (Array.isArray(value)) {
    return `[${value.map(canonicalJson).join(',')}]`;
  }
  if (value && typeof value === 'object') {
    const { toJSON } = value as { toJSON?: () => unknown };
    if (typeof toJSON === 'function') {
      return JSON.stringify(toJSON.call(value));
    }
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
};
