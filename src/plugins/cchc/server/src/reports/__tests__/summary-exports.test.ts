import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Workbook } from 'exceljs';
import yauzl from 'yauzl';
import {
  METRIC_LABELS,
  METRICS,
  type Counts,
  type ReportSummary,
  type SummaryRow,
  type SummaryUnit,
} from '../metrics';
import { buildSummaryDocx, type OfficialForm } from '../summary-docx';
import { buildSummaryXlsx } from '../summary-xlsx';

const counts = (values: number[]) =>
  Object.fromEntries(METRICS.map((metric, index) => [metric, values[index]])) as Counts;

const unit = (id: number, name: string): SummaryUnit => ({
  id,
  documentId: `unit-${id}`,
  name,
  shortName: null,
  kind: 'people_committee',
  level: 'commune',
  depth: 1,
});

const TARGETS = {
  articles: 10,
  broadcasts: 6,
  broadcastMinutes: 180,
  leafletsDistributed: 500,
  trainings: 2,
  participants: 100,
  socialPosts: 12,
};

const row = (fields: Partial<SummaryRow> & Pick<SummaryRow, 'unit' | 'counts'>): SummaryRow => ({
  source: 'report',
  systemCounts: fields.counts,
  targets: TARGETS,
  completion: {},
  overallCompletion: null,
  channels: ['web', 'radio', 'print', 'direct', 'social'],
  channelVariety: 5,
  status: 'accepted',
  expected: true,
  dueOn: '2026-04-05',
  late: false,
  report: null,
  ...fields,
});

const REASON = 'Có 2 tin đăng trên Cổng thông tin điện tử của huyện, hệ thống chưa ghi nhận';
const SON_TAY = 'Ủy ban nhân dân xã Sơn Tây';
const SON_BAO = 'Ủy ban nhân dân xã Sơn Bao';
const SON_LINH = 'Ủy ban nhân dân xã Sơn Linh';

const summary: ReportSummary = {
  campaign: {
    documentId: 'campaign-1',
    documentNumber: '1069/UBND-VHTT',
    title: 'Tăng cường tuyên truyền công tác cải cách hành chính năm 2026',
  },
  period: {
    key: '2026-Q1',
    label: 'Quý I/2026',
    start: '2026-01-01',
    end: '2026-03-31',
    dueOn: '2026-04-05',
  },
  root: unit(1, 'Ủy ban nhân dân huyện Sơn Hà'),
  generatedAt: '2026-04-10T02:30:00.000Z',
  rows: [
    row({
      unit: unit(2, SON_TAY),
      counts: counts([12, 8, 240, 1500, 1450, 3, 320, 25]),
      systemCounts: counts([10, 8, 240, 1500, 1450, 3, 320, 25]),
      overallCompletion: 100,
      report: {
        documentId: 'report-2',
        submittedAt: '2026-04-02T03:00:00.000Z',
        decidedAt: '2026-04-03T03:00:00.000Z',
        returnReason: null,
        corrections: [{ metric: 'articles', computed: 10, reported: 12, reason: REASON }],
        evidence: [
          {
            title: 'Ảnh hội nghị tập huấn',
            metric: 'trainings',
            url: 'https://sontay.example.vn/tap-huan',
            files: [
              { name: 'a.jpg', url: '/uploads/a.jpg' },
              { name: 'b.jpg', url: '/uploads/b.jpg' },
            ],
            note: 'Hội nghị ngày 15/3',
          },
        ],
      },
    }),
    row({
      unit: unit(3, SON_BAO),
      counts: counts([2, 0, 0, 0, 0, 0, 0, 1]),
      source: 'system',
      overallCompletion: 4.04,
      channels: ['web', 'social'],
      channelVariety: 2,
      status: 'missing',
      late: true,
    }),
    row({
      unit: unit(4, SON_LINH),
      counts: counts([7, 4, 120, 600, 580, 1, 95, 10]),
      source: 'system',
      overallCompletion: 75.95,
      status: 'returned',
      report: {
        documentId: 'report-4',
        submittedAt: '2026-04-04T03:00:00.000Z',
        decidedAt: '2026-04-06T03:00:00.000Z',
        returnReason: 'Thiếu tài liệu kiểm chứng',
        corrections: [],
        evidence: [],
      },
    }),
  ],
  totals: {
    counts: counts([21, 12, 360, 2100, 2030, 4, 415, 36]),
    targets: {
      articles: 30,
      broadcasts: 18,
      broadcastMinutes: 540,
      leafletsDistributed: 1500,
      trainings: 6,
      participants: 300,
      socialPosts: 36,
    },
    completion: { articles: 70, broadcasts: 66.7, leafletsDistributed: 135.3 },
    overallCompletion: 81.43,
    channelVariety: 5,
    units: 3,
    expected: 3,
    submitted: 2,
    accepted: 1,
    returned: 1,
    missing: 1,
    late: 1,
  },
};

const form: OfficialForm = {
  parentBody: 'Huyện Sơn Hà',
  issuingBody: 'Ủy ban nhân dân huyện Sơn Hà',
  number: '125',
  symbol: 'BC-UBND',
  place: 'Sơn Hà',
  // 03:00 on 5 February in Hà Nội
  date: new Date('2026-02-04T20:00:00Z'),
  subject: 'Kết quả tuyên truyền cải cách hành chính Quý I/2026',
  recipients: ['Sở Nội vụ tỉnh', 'Thường trực Huyện ủy', 'Các xã, thị trấn'],
  signerAuthority: 'TM. ỦY BAN NHÂN DÂN',
  signerDeputy: 'KT. CHỦ TỊCH',
  signerTitle: 'PHÓ CHỦ TỊCH',
  signerName: 'Nguyễn Văn An',
  timeZone: 'Asia/Ho_Chi_Minh',
};

const readEntry = (zip: Buffer, name: string) =>
  new Promise<string>((resolve, reject) => {
    yauzl.fromBuffer(zip, { lazyEntries: true }, (error, file) => {
      if (error || !file) {
        return reject(error);
      }
      file.on('error', reject);
      file.on('end', () => reject(new Error(`${name} is not in the archive`)));
      file.on('entry', (entry: yauzl.Entry) => {
        if (entry.fileName !== name) {
          return file.readEntry();
        }
        file.openReadStream(entry, (streamError, stream) => {
          if (streamError || !stream) {
            return reject(streamError);
          }
          const chunks: Buffer[] = [];
          stream.on('data', (chunk: Buffer) => chunks.push(chunk));
          stream.on('end', () => {
            file.close();
            resolve(Buffer.concat(chunks).toString('utf8'));
          });
        });
      });
      file.readEntry();
    });
  });

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const textOf = (xml: string) =>
  xml
    .replace(/<\/w:p>/g, '\n')
    .replace(/<w:tab\/>/g, '\t')
    .replace(/<[^>]+>/g, '')
    .replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => ENTITIES[name]);

/** Each table row of the document as the texts of its cells. */
const tableRows = (xml: string) =>
  [...xml.matchAll(/<w:tr\b[^>]*>([\s\S]*?)<\/w:tr>/g)].map((tr) =>
    [...tr[1].matchAll(/<w:tc\b[^>]*>([\s\S]*?)<\/w:tc>/g)].map((tc) => textOf(tc[1]).trim())
  );

const ROW_CELLS: Record<string, string[]> = {
  [SON_TAY]: ['12', '8', '240', '1.500', '1.450', '3', '320', '25', '100', 'Đã tiếp nhận'],
  [`${SON_BAO} (*)`]: ['2', '0', '0', '0', '0', '0', '0', '1', '4', 'Chưa có báo cáo (chậm)'],
  [`${SON_LINH} (*)`]: ['7', '4', '120', '600', '580', '1', '95', '10', '76', 'Bị trả lại'],
};

describe('official exports of a results summary', () => {
  let docx: Buffer;
  let xml: string;
  let text: string;

  beforeAll(async () => {
    docx = await buildSummaryDocx(summary, form);
    xml = await readEntry(docx, 'word/document.xml');
    text = textOf(xml);
  });

  test('the DOCX follows the Decree 30 form', () => {
    for (const expected of [
      'HUYỆN SƠN HÀ',
      'ỦY BAN NHÂN DÂN HUYỆN SƠN HÀ',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Số: 125/BC-UBND',
      'V/v Kết quả tuyên truyền cải cách hành chính Quý I/2026',
      'Sơn Hà, ngày 05 tháng 02 năm 2026',
      'BÁO CÁO',
      'Kết quả công tác tuyên truyền cải cách hành chính Quý I/2026',
      'Theo 1069/UBND-VHTT: Tăng cường tuyên truyền công tác cải cách hành chính năm 2026',
      'I. KẾT QUẢ THỰC HIỆN',
      'Số kênh tuyên truyền đã sử dụng: 5/5',
      '(*) Đơn vị chưa gửi báo cáo: số liệu lấy từ hệ thống.',
      'IV. ĐỀ XUẤT, KIẾN NGHỊ',
      'Nơi nhận:',
      '- Sở Nội vụ tỉnh;',
      '- Lưu: VT, VHTT.',
      'TM. ỦY BAN NHÂN DÂN',
      'KT. CHỦ TỊCH',
      'PHÓ CHỦ TỊCH',
      'Nguyễn Văn An',
    ]) {
      expect(text).toContain(expected);
    }
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(xml).toMatch(/<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/);
  });

  test('the results table has every unit, its numbers and the totals', () => {
    const rows = tableRows(xml);
    for (const [name, cells] of Object.entries(ROW_CELLS)) {
      const found = rows.find((cellsOfRow) => cellsOfRow[1] === name);
      expect(found?.slice(2)).toEqual(cells);
    }
    const total = rows.find((cells) => cells[0] === 'Tổng cộng');
    expect(total).toEqual([
      'Tổng cộng',
      '21',
      '12',
      '360',
      '2.100',
      '2.030',
      '4',
      '415',
      '36',
      '81,4',
      '',
    ]);
    const targets = rows.find((cells) => cells[0] === 'Chỉ tiêu');
    expect(targets).toEqual(['Chỉ tiêu', '30', '18', '540', '', '1.500', '6', '300', '36', '', '']);
  });

  test('late units, corrections and proposals each have their section', () => {
    const late = text.slice(
      text.indexOf('II. ĐƠN VỊ CHẬM BÁO CÁO'),
      text.indexOf('III. ĐIỀU CHỈNH')
    );
    expect(late).toContain(`${SON_BAO}: Chưa có báo cáo, hạn gửi 05/04/2026.`);
    expect(late).not.toContain(SON_TAY);
    expect(late).not.toContain(SON_LINH);
    const corrections = text.slice(text.indexOf('III. ĐIỀU CHỈNH SỐ LIỆU'), text.indexOf('IV.'));
    expect(corrections).toContain(`${SON_TAY}, Tin, bài đăng tải: 10 → 12. Lý do: ${REASON}`);
  });

  test('an unnumbered document leaves room for the number; November has no leading zero', async () => {
    const other = await buildSummaryDocx(
      { ...summary, rows: [{ ...summary.rows[2], source: 'report' }] },
      {
        ...form,
        parentBody: null,
        number: null,
        signerDeputy: null,
        signerName: null,
        date: new Date('2026-11-09T05:00:00Z'),
      }
    );
    const otherText = textOf(await readEntry(other, 'word/document.xml'));
    expect(otherText).toContain('Số:       /BC-UBND');
    expect(otherText).toContain('Sơn Hà, ngày 09 tháng 11 năm 2026');
    expect(otherText.startsWith('ỦY BAN NHÂN DÂN HUYỆN SƠN HÀ\n')).toBe(true);
    expect(otherText).not.toContain('KT. CHỦ TỊCH');
    expect(otherText).not.toContain('(*)');
    const sections = otherText.slice(otherText.indexOf('II. ĐƠN VỊ'), otherText.indexOf('IV.'));
    expect(sections.match(/Không có\./g)).toHaveLength(2);
  });

  test('LibreOffice opens the DOCX', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-summary-'));
    try {
      const file = path.join(dir, 'bao-cao.docx');
      fs.writeFileSync(file, docx);
      execFileSync(
        'soffice',
        [
          `-env:UserInstallation=file://${path.join(dir, 'lo-profile')}`,
          '--headless',
          '--convert-to',
          'txt:Text (encoded):UTF8',
          '--outdir',
          dir,
          file,
        ],
        { timeout: 120_000, stdio: 'pipe' }
      );
      const converted = fs.readFileSync(path.join(dir, 'bao-cao.txt'), 'utf8');
      for (const expected of [SON_TAY, SON_BAO, SON_LINH, 'BÁO CÁO', '2.100', '81,4']) {
        expect(converted).toContain(expected);
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);

  test('the XLSX has one sheet per section with numbers as numbers', async () => {
    const workbook = new Workbook();
    const xlsx = await buildSummaryXlsx(summary);
    await workbook.xlsx.load(
      xlsx.buffer.slice(xlsx.byteOffset, xlsx.byteOffset + xlsx.byteLength) as ArrayBuffer
    );
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      'Tổng hợp',
      'Theo đơn vị',
      'Chậm báo cáo',
      'Điều chỉnh số liệu',
      'Tài liệu kiểm chứng',
    ]);
    const sheet = (name: string) => {
      const found = workbook.getWorksheet(name);
      if (!found) {
        throw new Error(`no sheet ${name}`);
      }
      return found;
    };
    const values = (name: string) =>
      sheet(name)
        .getSheetValues()
        .slice(1)
        .map((cells) => (Array.isArray(cells) ? cells.slice(1) : []));

    const overview = values('Tổng hợp');
    const overviewRow = (label: string) => overview.find((cells) => cells[0] === label);
    for (const metric of METRICS) {
      expect(overviewRow(METRIC_LABELS[metric])?.slice(1, 3)).toEqual([
        summary.totals.counts[metric],
        summary.totals.targets[metric],
      ]);
    }
    expect(overviewRow('Mức hoàn thành chỉ tiêu chung')?.[3]).toBe(81.43);
    expect(overviewRow('Số đơn vị')?.[1]).toBe(3);
    expect(overviewRow('Chậm báo cáo')?.[1]).toBe(1);
    expect(overviewRow('Kỳ báo cáo')?.[1]).toBe('Quý I/2026');
    expect(overviewRow('Thời điểm lập')?.[1]).toBe('09:30 10/04/2026');
    expect(overviewRow('Từ ngày')?.[1]).toEqual(new Date('2026-01-01T00:00:00Z'));

    const units = values('Theo đơn vị');
    expect(units).toHaveLength(1 + summary.rows.length);
    expect(units[0].slice(0, 3)).toEqual(['STT', 'Đơn vị', METRIC_LABELS.articles]);
    summary.rows.forEach((summaryRow, index) => {
      const cells = units[index + 1];
      expect(cells[0]).toBe(index + 1);
      expect(cells[1]).toBe(summaryRow.unit.name);
      expect(cells.slice(2, 2 + METRICS.length)).toEqual(
        METRICS.map((metric) => summaryRow.counts[metric])
      );
    });
    expect(units[1][1]).toBe('Ủy ban nhân dân xã Sơn Tây');
    expect(units[2].slice(-5)).toEqual([
      'Trang thông tin điện tử, Mạng xã hội',
      'Chưa có báo cáo',
      new Date('2026-04-05T00:00:00Z'),
      'Có',
      'Hệ thống',
    ]);
    expect(sheet('Theo đơn vị').views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet('Theo đơn vị').getRow(1).font?.bold).toBe(true);

    const late = values('Chậm báo cáo');
    expect(late.slice(1).map((cells) => cells[1])).toEqual([SON_BAO]);

    const corrections = values('Điều chỉnh số liệu');
    expect(corrections.slice(1)).toEqual([[SON_TAY, METRIC_LABELS.articles, 10, 12, REASON]]);

    const evidence = values('Tài liệu kiểm chứng');
    expect(evidence[1]).toEqual([
      SON_TAY,
      METRIC_LABELS.trainings,
      'Ảnh hội nghị tập huấn',
      'https://sontay.example.vn/tap-huan',
      '/uploads/a.jpg\n/uploads/b.jpg',
      'Hội nghị ngày 15/3',
    ]);
  });
});
