import type { Core } from '@strapi/strapi';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { http } from './http';

type Json = Record<string, any>;

const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);

let served: Promise<Json> | undefined;

/**
 * A real answer of `method path` checked against what the OpenAPI document the app serves says
 * it answers with `status`: [] when the body matches, else Ajv's errors. For the tests whose
 * fixtures give a route full answers (the contract test meets mostly empty or error ones).
 */
export const documentedAnswerErrors = async (
  strapi: Core.Strapi,
  method: 'get' | 'post',
  path: string,
  status: number,
  body: unknown
): Promise<unknown[]> => {
  served ??= http(strapi)
    .get('/api/cchc/openapi.json')
    .then((res) => JSON.parse(res.text) as Json);
  const document = await served;
  const schema =
    document.paths[path]?.[method]?.responses?.[String(status)]?.content?.['application/json']
      ?.schema;
  if (!schema) {
    return [`${method} ${path} ${status}: no JSON schema in the document`];
  }
  const validate = ajv.compile(schema);
  return validate(body) ? [] : (validate.errors ?? []);
};
