import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { ZipFile } from 'yazl';
import { getService } from '../../core/get-service';
import { rfc3339In } from '../../core/local-time';
import { pluginConfig } from '../../core/plugin-config';
import { toSlug } from '../../content/services/slug';
import { readStoredFile } from '../../core/storage/stored-file';
import { NOT_APPROVED, type Rundown } from './rundown';

const MANIFEST_VERSION = '1.0';

const collect = (zip: ZipFile) =>
  new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    zip.outputStream.on('data', (chunk: Buffer) => chunks.push(chunk));
    zip.outputStream.on('end', () => resolve(Buffer.concat(chunks)));
    zip.outputStream.on('error', reject);
  });

/**
 * The hand-off package of a station's day: `manifest.json` (schema in
 * docs/rundown-manifest.schema.json), each script as UTF-8 text and each script's audio file
 * when the media library keeps it (on this node's disk or in the shared bucket).
 */
const rundownPackageService = ({ strapi }: { strapi: Core.Strapi }) => ({
  async build(slug: string, date: string, baseUrl: string) {
    const day: Rundown = await getService(strapi, 'rundown').day(slug, date);
    const { timeZone } = pluginConfig(strapi);
    const zip = new ZipFile();
    const audioUrls = new Set(day.windows.flatMap((w) => w.items.map((i) => i.audioUrl)));
    const audio = new Map<string, Buffer>();
    for (const url of audioUrls) {
      const bytes = url ? await readStoredFile(strapi, url) : null;
      if (url && bytes) {
        audio.set(url, bytes);
      }
    }
    const windows = day.windows.map((window, windowIndex) => ({
      label: window.label,
      start: window.start,
      end: window.end,
      items: window.items.map((item) => {
        const base = `${String(windowIndex + 1).padStart(2, '0')}-${String(item.position).padStart(2, '0')}-${toSlug(String(item.title)).slice(0, 60) || 'chuong-trinh'}`;
        const scriptFile = `scripts/${base}.txt`;
        const text = item.approved ? item.script : NOT_APPROVED;
        zip.addBuffer(Buffer.from(`${item.title}\n\n${text}\n`, 'utf8'), scriptFile);
        let audioFile: string | null = null;
        let audioUrl: string | null = null;
        if (item.audioUrl) {
          const bytes = audio.get(item.audioUrl);
          if (bytes) {
            audioFile = `audio/${base}${path.extname(item.audioUrl.split(/[?#]/)[0])}`;
            zip.addBuffer(bytes, audioFile);
          } else {
            audioUrl = item.audioUrl.startsWith('/')
              ? `${baseUrl.replace(/\/$/, '')}${item.audioUrl}`
              : item.audioUrl;
          }
        }
        return {
          position: item.position,
          startsAt: item.startsAt,
          plannedSeconds: item.seconds ?? 0,
          title: String(item.title),
          approved: item.approved,
          scriptFile,
          audioFile,
          audioUrl,
          rundownItemDocumentId: String(item.documentId),
          scriptDocumentId: item.scriptDocumentId,
        };
      }),
    }));
    const manifest = {
      manifestVersion: MANIFEST_VERSION,
      generatedAt: rfc3339In(timeZone, new Date()),
      timeZone,
      date: day.date,
      station: day.station,
      windows,
    };
    zip.addBuffer(Buffer.from(JSON.stringify(manifest, null, 2), 'utf8'), 'manifest.json');
    zip.end();
    return { manifest, zip: await collect(zip) };
  },
});

export default rundownPackageService;
