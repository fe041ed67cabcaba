import { spawn } from 'node:child_process';
import type { PluginConfig } from '../config';

/** Spoken audio of a text. */
export interface SpeechAudio {
  audio: Buffer;
  mime: string;
  ext: string;
  /** Length of the speech, when the voice tells it. */
  seconds?: number;
}

/** Seconds of PCM audio in a WAV buffer, from its header. */
const wavSeconds = (wav: Buffer) => {
  const byteRate = wav.readUInt32LE(28);
  const dataIndex = wav.indexOf('data', 12);
  const dataBytes = dataIndex >= 0 ? wav.length - (dataIndex + 8) : wav.length - 44;
  return byteRate > 0 ? dataBytes / byteRate : undefined;
};

/** A voice that reads Vietnamese text aloud; a deployment picks one in the config. */
export interface SpeechProvider {
  name: string;
  synthesize(text: string): Promise<SpeechAudio>;
}

type SpeechConfig = PluginConfig['speech'];

/** Runs a command with `input` on stdin and returns its stdout. */
const run = (command: string, args: string[], input: Buffer | string): Promise<Buffer> =>
  new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', (error) =>
      reject(new Error(`Không chạy được ${command}: ${error.message} (đã cài đặt chưa?)`))
    );
    child.on('close', (code) =>
      code === 0
        ? resolve(Buffer.concat(out))
        : reject(
            new Error(`${command} dừng với mã ${code}: ${Buffer.concat(err).toString().trim()}`)
          )
    );
    child.stdin.end(input);
  });

/** The embedded default: espeak-ng's Vietnamese voice, encoded to MP3 by LAME. */
export const espeakProvider = (config: SpeechConfig): SpeechProvider => ({
  name: `espeak-ng (${config.espeak.voice})`,
  async synthesize(text) {
    const wav = await run(
      'espeak-ng',
      ['-v', config.espeak.voice, '-s', String(config.wordsPerMinute), '--stdout'],
      text
    );
    const audio = await run('lame', ['--quiet', '-V', '6', '-', '-'], wav);
    return { audio, mime: 'audio/mpeg', ext: '.mp3', seconds: wavSeconds(wav) };
  },
});

/**
 * A cloud text-to-speech service over HTTP: POST {url} with JSON
 * `{ text, voice, format: "mp3", speed }` and `Authorization: Bearer <apiKey>`, answering the
 * MP3 bytes (`audio/mpeg`). Services with another shape need an adapter in front.
 */
export const httpProvider = (config: SpeechConfig): SpeechProvider => ({
  name: `http (${config.http.url})`,
  async synthesize(text) {
    if (!config.http.url) {
      throw new Error('Chưa cấu hình SPEECH_HTTP_URL cho bộ đọc qua HTTP.');
    }
    const response = await fetch(config.http.url, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        ...(config.http.apiKey && { Authorization: `Bearer ${config.http.apiKey}` }),
      },
      body: JSON.stringify({
        text,
        voice: config.http.voice || undefined,
        format: 'mp3',
        speed: config.wordsPerMinute,
      }),
      redirect: 'error',
      signal: AbortSignal.timeout(config.http.timeoutMs),
    });
    if (!response.ok) {
      const detail = (await response.text()).slice(0, 300);
      throw new Error(`Dịch vụ đọc trả lời HTTP ${response.status}${detail ? `: ${detail}` : ''}`);
    }
    const type = response.headers.get('content-type') ?? '';
    if (!type.startsWith('audio/')) {
      throw new Error(`Dịch vụ đọc trả về "${type}", không phải âm thanh.`);
    }
    return { audio: Buffer.from(await response.arrayBuffer()), mime: 'audio/mpeg', ext: '.mp3' };
  },
});

export const providerFor = (config: SpeechConfig): SpeechProvider =>
  config.provider === 'http' ? httpProvider(config) : espeakProvider(config);
