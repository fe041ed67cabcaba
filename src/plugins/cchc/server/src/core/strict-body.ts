import type { IncomingMessage } from 'node:http';
import { PassThrough, type Readable } from 'node:stream';
import zlib from 'node:zlib';
import { errors } from '@strapi/utils';

const DECOMPRESSORS: Record<string, () => zlib.Gunzip | zlib.Inflate | zlib.BrotliDecompress> = {
  gzip: zlib.createGunzip,
  'x-gzip': zlib.createGunzip,
  deflate: zlib.createInflate,
  br: zlib.createBrotliDecompress,
};

const tooLarge = (limit: number) =>
  new errors.PayloadTooLargeError(`Nội dung yêu cầu vượt quá ${Math.round(limit / 1024)} kB.`);

/**
 * Reads a request body whole, decompressed as the body parsers would, refusing more than `limit`
 * bytes (413). Returns null for an encoding the body parsers refuse themselves (415).
 */
export const readBody = (req: IncomingMessage, limit: number): Promise<Buffer | null> => {
  const encoding = (req.headers['content-encoding'] ?? 'identity').toLowerCase();
  const decompressor = DECOMPRESSORS[encoding];
  if (encoding !== 'identity' && !decompressor) {
    return Promise.resolve(null);
  }
  if (Number(req.headers['content-length']) > limit && !decompressor) {
    return Promise.reject(tooLarge(limit));
  }
  const source: Readable = decompressor ? req.pipe(decompressor()) : req;
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const stop = (error: Error) => {
      // the client is answered with the error; what it still sends is not read
      source.removeAllListeners('data');
      req.unpipe();
      req.pause();
      reject(error);
    };
    source.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        return stop(tooLarge(limit));
      }
      chunks.push(chunk);
    });
    source.on('end', () => resolve(Buffer.concat(chunks)));
    if (source !== req) {
      source.on('error', () =>
        stop(new errors.ValidationError('Nội dung nén của yêu cầu bị hỏng, không giải nén được.'))
      );
    }
    req.on('error', stop);
  });
};

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Decodes UTF-8 strictly: a byte sequence that is not UTF-8 is refused (400), never replaced by U+FFFD. */
export const decodeUtf8 = (body: Buffer) => {
  try {
    return utf8.decode(body);
  } catch {
    throw new errors.ValidationError(
      'Nội dung yêu cầu không phải văn bản UTF-8 hợp lệ (có byte không giải mã được).'
    );
  }
};

/**
 * A stand-in for the request whose body has been read: the same request line, headers and
 * socket, and a stream that gives the (decompressed) body again to Strapi's body parsers.
 */
export const replayRequest = (req: IncomingMessage, body: Buffer): IncomingMessage => {
  const headers = { ...req.headers, 'content-length': String(body.length) };
  delete headers['content-encoding'];
  delete headers['transfer-encoding'];
  const replay = Object.assign(new PassThrough(), {
    headers,
    rawHeaders: req.rawHeaders,
    trailers: req.trailers,
    rawTrailers: req.rawTrailers,
    method: req.method,
    url: req.url,
    httpVersion: req.httpVersion,
    httpVersionMajor: req.httpVersionMajor,
    httpVersionMinor: req.httpVersionMinor,
    socket: req.socket,
    connection: req.socket,
    complete: true,
    aborted: false,
  });
  replay.end(body);
  return replay as unknown as IncomingMessage;
};
