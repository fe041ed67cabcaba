import { errors } from '@strapi/utils';

interface DatabaseErrorLike {
  code?: unknown;
  severity?: unknown;
  cause?: unknown;
}

/** PostgreSQL's class 22, "data exception": a value the column's type cannot hold. */
const DATA_EXCEPTION = /^22[0-9A-Z]{3}$/;

const isDataException = (error: unknown): boolean => {
  if (typeof error !== 'object' || error === null) {
    return false;
  }
  const { code, severity, cause } = error as DatabaseErrorLike;
  return (
    (typeof code === 'string' && DATA_EXCEPTION.test(code) && typeof severity === 'string') ||
    isDataException(cause)
  );
};

/**
 * A value from the request that PostgreSQL refuses for its column's type (a non-numeric id for
 * an integer key, a number out of range, a broken date) is the client's error: 400, not 500.
 * SQLite stores such values without complaint, so only PostgreSQL raises these. Known by the
 * SQLSTATE class, never by message. Goes right after `strapi::errors`.
 */
const databaseInputErrors = () => async (_ctx: unknown, next: () => Promise<unknown>) => {
  try {
    return await next();
  } catch (error) {
    if (isDataException(error)) {
      throw new errors.ValidationError(
        'Một giá trị trong yêu cầu không đúng kiểu dữ liệu của trường (ví dụ mã số không phải là số).'
      );
    }
    throw error;
  }
};

export default databaseInputErrors;
