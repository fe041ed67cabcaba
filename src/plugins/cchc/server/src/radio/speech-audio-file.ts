import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { toSlug } from '../content/services/slug';
import type { SpeechAudio } from './speech-providers';

/** A file of the media library, as the upload service answers it. */
type UploadedFile = { id: number } & Record<string, unknown>;

/** Stores spoken audio as a file of the media library, named after the script's title. */
export const uploadSpeech = async (
  strapi: Core.Strapi,
  title: string | null,
  speech: SpeechAudio
) => {
  const name = `${toSlug(title ?? '') || 'chuong-trinh'}${speech.ext}`;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-speech-'));
  const filepath = path.join(dir, name);
  try {
    fs.writeFileSync(filepath, speech.audio);
    const [file]: UploadedFile[] = await strapi
      .plugin('upload')
      .service('upload')
      .upload({
        data: {
          fileInfo: { name, alternativeText: `Âm thanh đọc: ${title ?? ''}`.slice(0, 250) },
        },
        files: {
          filepath,
          originalFilename: name,
          mimetype: speech.mime,
          size: speech.audio.length,
        },
      });
    return file;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
};
