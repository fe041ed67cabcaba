import { STATUS_CODES, type Server } from 'node:http';
import type { Duplex } from 'node:stream';

interface ClientError {
  status: number;
  name: string;
  message: string;
}

const BAD_REQUEST: ClientError = {
  status: 400,
  name: 'BadRequestError',
  message: 'Yêu cầu HTTP không hợp lệ.',
};

/** Node's HTTP parser errors (before Koa sees the request), by `error.code`, as Node maps them. */
const ERRORS: Record<string, ClientError> = {
  HPE_HEADER_OVERFLOW: {
    status: 431,
    name: 'RequestHeaderFieldsTooLargeError',
    message: 'Địa chỉ (URL) hoặc phần tiêu đề của yêu cầu quá dài.',
  },
  HPE_CHUNK_EXTENSIONS_OVERFLOW: {
    status: 413,
    name: 'PayloadTooLargeError',
    message: 'Phần mở rộng của khối dữ liệu (chunk extension) quá dài.',
  },
  ERR_HTTP_REQUEST_TIMEOUT: {
    status: 408,
    name: 'RequestTimeoutError',
    message: 'Yêu cầu gửi quá chậm, máy chủ đã ngừng chờ.',
  },
};

/** The raw HTTP response: Koa never runs for these, so the JSON error shape is written here. */
const responseOf = (error: ClientError) => {
  const body = JSON.stringify({ data: null, error });
  return [
    `HTTP/1.1 ${error.status} ${STATUS_CODES[error.status]}`,
    'Content-Type: application/json; charset=utf-8',
    `Content-Length: ${Buffer.byteLength(body)}`,
    'Connection: close',
    '',
    body,
  ].join('\r\n');
};

interface HttpSocket extends Duplex {
  _httpMessage?: { headersSent?: boolean } | null;
}

/**
 * Answers requests Node's HTTP parser refuses (URL or headers too large, malformed request
 * line...) with the same JSON error body as every other error, instead of Node's empty body.
 * Node's limits (`maxHeaderSize`) are kept.
 */
export const answerClientErrorsWithJson = (server: Server) => {
  server.on('clientError', (error: NodeJS.ErrnoException, socket: HttpSocket) => {
    // as Node does: answer only if nothing of a response has been written on this socket
    if (error.code !== 'ECONNRESET' && socket.writable && !socket._httpMessage?.headersSent) {
      socket.end(responseOf(ERRORS[error.code ?? ''] ?? BAD_REQUEST));
      return;
    }
    socket.destroy();
  });
};
