import { z } from 'zod';

/** Who may call an operation: anyone, an API token given the action, or a site token. */
export type Caller = 'public' | 'apiToken' | 'siteToken';

/** Error answers an operation gives, in Strapi's error shape. */
export type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 429 | 503;

export interface OperationDoc {
  method: 'get' | 'post';
  /** under the API prefix, in OpenAPI's form: `/social-queue/{id}/ack` */
  path: string;
  /** the route's handler, as the route table names it (`social-queue.claim`) */
  handler: string;
  tag: string;
  summary: string;
  description?: string;
  callers: Caller[];
  /** the schema the controller parses the path parameters, query or body with */
  params?: z.ZodObject;
  query?: z.ZodObject;
  body?: z.ZodType;
  /** the success answer: a JSON body's schema, or another media type and what it is */
  success: { status?: 200 | 201; json: z.ZodType } | { mime: string; description: string };
  errors: ErrorStatus[];
  example?: { query?: Record<string, string>; body?: unknown };
}

type Json = Record<string, unknown>;

const ERROR_TEXT: Record<ErrorStatus, string> = {
  400: 'Tham số hoặc nội dung gửi không hợp lệ (Bad request)',
  401: 'Thiếu hoặc sai mã truy cập (Unauthorized)',
  403: 'Mã truy cập không được phép gọi thao tác này (Forbidden)',
  404: 'Không tìm thấy (Not found)',
  409: 'Xung đột với trạng thái hiện tại (Conflict)',
  429: 'Quá nhiều yêu cầu; thử lại sau số giây trong Retry-After (Too many requests)',
  503: 'Cơ sở dữ liệu tạm thời không trả lời; thử lại sau Retry-After (Service unavailable)',
};

/** Strapi's error answer, which every route of ours gives. */
export const errorSchema = z.strictObject({
  data: z.null(),
  error: z.looseObject({
    status: z.number().int(),
    name: z.string(),
    message: z.string(),
    details: z.unknown().optional(),
  }),
});

const jsonSchemaOf = (schema: z.ZodType, io: 'input' | 'output'): Json => {
  const { $schema, ...rest } = z.toJSONSchema(schema, {
    target: 'draft-2020-12',
    io,
    unrepresentable: 'any',
  }) as Json;
  void $schema;
  return rest;
};

const parametersOf = (schema: z.ZodObject | undefined, where: 'path' | 'query') => {
  if (!schema) {
    return [];
  }
  const json = jsonSchemaOf(schema, 'input') as {
    properties?: Record<string, Json>;
    required?: string[];
  };
  return Object.entries(json.properties ?? {}).map(([name, property]) => {
    const { description, ...rest } = property as Json & { description?: string };
    return {
      name,
      in: where,
      required: where === 'path' || (json.required ?? []).includes(name),
      ...(description ? { description } : {}),
      schema: rest,
    };
  });
};

const SECURITY: Record<Caller, Json> = {
  public: {},
  apiToken: { apiToken: [] },
  siteToken: { siteToken: [] },
};

/** The OpenAPI operation object of a documented route. */
export const operationObject = (doc: OperationDoc): Json => {
  const success =
    'json' in doc.success
      ? {
          [String(doc.success.status ?? 200)]: {
            description: 'Thành công',
            content: { 'application/json': { schema: jsonSchemaOf(doc.success.json, 'output') } },
          },
        }
      : {
          200: {
            description: doc.success.description,
            content: {
              [doc.success.mime]: {
                schema:
                  doc.success.mime === 'application/json' ? { type: 'object' } : { type: 'string' },
              },
            },
          },
        };
  const errors = Object.fromEntries(
    doc.errors.map((status) => [
      String(status),
      {
        description: ERROR_TEXT[status],
        content: { 'application/json': { schema: { $ref: '#/components/schemas/CchcError' } } },
        ...(status === 429 || status === 503
          ? { headers: { 'Retry-After': { schema: { type: 'integer' } } } }
          : {}),
      },
    ])
  );
  return {
    tags: [doc.tag],
    summary: doc.summary,
    ...(doc.description ? { description: doc.description } : {}),
    operationId: doc.handler.replace(/[.-](\w)/g, (_, c: string) => c.toUpperCase()),
    security: doc.callers.map((caller) => SECURITY[caller]),
    parameters: [...parametersOf(doc.params, 'path'), ...parametersOf(doc.query, 'query')],
    ...(doc.body
      ? {
          requestBody: {
            required: true,
            content: {
              'application/json': {
                schema: jsonSchemaOf(doc.body, 'input'),
                ...(doc.example?.body ? { example: doc.example.body } : {}),
              },
            },
          },
        }
      : {}),
    responses: { ...success, ...errors },
  };
};

/** What every described operation refers to: the error shape and the two kinds of token. */
export const sharedComponents = () => ({
  schemas: { CchcError: jsonSchemaOf(errorSchema, 'output') },
  securitySchemes: {
    apiToken: {
      type: 'http',
      scheme: 'bearer',
      description: 'Mã API (Settings → API Tokens): chỉ đọc, toàn quyền hoặc tùy chọn thao tác.',
    },
    siteToken: {
      type: 'http',
      scheme: 'bearer',
      description:
        'Mã trang của một đơn vị (`cchc_st_…`): đọc nội dung của trang ấy, kể cả bản nháp để xem trước.',
    },
  },
});
