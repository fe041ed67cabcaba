import { print } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';

/** What a GraphQL error answer carries. */
export class GraphQLRequestError extends Error {
  readonly status: number;

  constructor(message: string, status: number) {
    super(message);
    this.status = status;
  }
}

/**
 * Sends one typed operation to the app's /graphql and returns its data, typed by the document.
 * A site's server may send its site token (`Authorization: Bearer …`); public reads need none.
 */
export const request = async <Result, Variables>(
  baseUrl: string,
  document: TypedDocumentNode<Result, Variables>,
  variables: Variables,
  token?: string
): Promise<Result> => {
  const res = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query: print(document), variables }),
  });
  const answer = (await res.json()) as { data?: Result; errors?: Array<{ message: string }> };
  if (answer.errors?.length || !answer.data) {
    const message = answer.errors?.map((error) => error.message).join('; ') ?? res.statusText;
    throw new GraphQLRequestError(message, res.status);
  }
  return answer.data;
};
