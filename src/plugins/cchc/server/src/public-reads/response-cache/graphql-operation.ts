import { parse, type DocumentNode } from 'graphql';
import { LRUCache } from 'lru-cache';

const parsed = new LRUCache<string, DocumentNode | false>({ max: 500 });

const documentOf = (query: string): DocumentNode | false => {
  const known = parsed.get(query);
  if (known !== undefined) {
    return known;
  }
  let document: DocumentNode | false;
  try {
    document = parse(query, { noLocation: true, maxTokens: 5000 });
  } catch {
    document = false;
  }
  parsed.set(query, document);
  return document;
};

/** True when the GraphQL request would run a query (not a mutation, not a subscription). */
export const isQueryOperation = (query: unknown, operationName: unknown): boolean => {
  if (typeof query !== 'string' || query.length === 0) {
    return false;
  }
  const document = documentOf(query);
  if (!document) {
    return false;
  }
  const operations = document.definitions.filter(
    (definition) => definition.kind === 'OperationDefinition'
  );
  const chosen =
    typeof operationName === 'string' && operationName
      ? operations.find((operation) => operation.name?.value === operationName)
      : operations.length === 1
        ? operations[0]
        : undefined;
  return chosen?.operation === 'query';
};
