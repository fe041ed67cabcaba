import net from 'node:net';
import type { AddressInfo } from 'node:net';
import type { Core } from '@strapi/strapi';
import { scanResponse } from './response-scan';

export interface RealResponse {
  status: number;
  headers: Headers;
  text: string;
  /** The parsed body when it is JSON, else undefined. */
  json: any;
}

/** Listens the booted app on an ephemeral loopback port and returns its base URL. */
export const listen = async (strapi: Core.Strapi) => {
  const server = strapi.server.httpServer;
  if (!server.listening) {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  }
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
};

/**
 * Node's fetch, with the headers a real client sends (Accept, Accept-Encoding, User-Agent,
 * Connection...); the response is scanned for secrets like every other response of the suite.
 */
export const send = async (base: string, path: string, init: RequestInit = {}) => {
  const res = await fetch(`${base}${path}`, init);
  const text = await res.text();
  scanResponse(`${init.method ?? 'GET'} ${path.slice(0, 200)}`, text);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: res.status, headers: res.headers, text, json } as RealResponse;
};

/** Writes raw bytes on a socket (what no HTTP client library would send) and returns the reply. */
export const sendRaw = (base: string, raw: string | Buffer) =>
  new Promise<string>((resolve, reject) => {
    const { hostname, port } = new URL(base);
    const socket = net.connect(Number(port), hostname, () => socket.write(raw));
    let reply = '';
    socket.on('data', (chunk) => (reply += chunk.toString('utf8')));
    socket.on('end', () => resolve(reply));
    socket.on('close', () => resolve(reply));
    socket.on('error', reject);
    socket.setTimeout(5000, () => socket.destroy());
  });
