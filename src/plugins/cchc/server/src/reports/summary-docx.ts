import { AlignmentType, Document, Packer, TableCell, VerticalAlignTable } from 'docx';
import {
  body,
  dateLine,
  heading,
  line,
  mm,
  rule,
  sideBySide,
  table,
  tableRow,
  TEXT_WIDTH,
  type LineOptions,
} from './docx-layout';
import {
  CHANNELS,
  METRIC_LABELS,
  METRICS,
  STANDING_LABELS,
  type Metric,
  type ReportSummary,
  type SummaryRow,
} from './metrics';

/** What the issuing office puts on the document (Decree 30/2020/NĐ-CP, Appendix I). */
export interface OfficialForm {
  parentBody: string | null;
  issuingBody: string;
  number: string | null;
  symbol: string;
  place: string;
  date: Date;
  subject: string;
  recipients: string[];
  signerAuthority: string;
  signerDeputy: string | null;
  signerTitle: string;
  signerName: string | null;
  timeZone: string;
}

const SHORT_LABELS: Record<Metric, string> = {
  articles: 'Tin, bài',
  broadcasts: 'Chương trình phát thanh',
  broadcastMinutes: 'Phút phát thanh',
  leafletsPrinted: 'Tờ rơi in (bản)',
  leafletsDistributed: 'Tờ rơi phát hành (bản)',
  trainings: 'Hội nghị, tập huấn',
  participants: 'Lượt người dự',
  socialPosts: 'Bài mạng xã hội',
};
const numberFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 });
const num = (value: number) => numberFormat.format(value);
const percent = (value: number | null) => (value === null ? '—' : num(value));

const dayMonthYear = (value: string | null) =>
  value ? value.slice(0, 10).split('-').reverse().join('/') : '';

const header = (form: OfficialForm) => {
  const left = mm(70);
  const right = TEXT_WIDTH - left;
  const number = form.number && /^\d$/.test(form.number) ? `0${form.number}` : form.number;
  return sideBySide(
    [left, right],
    [
      [
        ...(form.parentBody ? [line(form.parentBody.toUpperCase(), { size: 13 })] : []),
        line(form.issuingBody.toUpperCase(), { size: 13, bold: true }),
        rule(left, mm(25), 120),
        line(`Số: ${number ?? ' '.repeat(6)}/${form.symbol}`, { size: 13 }),
        line(`V/v ${form.subject}`, { size: 12, before: 60 }),
      ],
      [
        line('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { size: 12, bold: true }),
        line('Độc lập - Tự do - Hạnh phúc', { size: 13, bold: true }),
        rule(right, mm(58), 120),
        line(dateLine(form.place, form.date, form.timeZone), { italics: true }),
      ],
    ]
  );
};

const RESULT_WIDTHS = (() => {
  const fixed = [mm(9), mm(26), ...METRICS.map(() => mm(12.5)), mm(12)];
  return [...fixed, TEXT_WIDTH - fixed.reduce((sum, width) => sum + width, 0)];
})();

const cell = (text: string, { span, ...options }: LineOptions & { span?: number } = {}) =>
  new TableCell({
    columnSpan: span,
    verticalAlign: VerticalAlignTable.CENTER,
    children: [line(text, { size: 10, ...options })],
  });

const unitName = (row: SummaryRow) => `${row.unit.name}${row.source === 'system' ? ' (*)' : ''}`;
const standing = (row: SummaryRow) => `${STANDING_LABELS[row.status]}${row.late ? ' (chậm)' : ''}`;

/** One cell per metric; blank where `of` has no number. */
const numbers = (of: Partial<Record<Metric, number>>, bold = false) =>
  METRICS.map((metric) => cell(of[metric] === undefined ? '' : num(of[metric]), { bold }));
const METRIC_HEADINGS = METRICS.map((metric) => SHORT_LABELS[metric]);
const HEADINGS = ['STT', 'Đơn vị', ...METRIC_HEADINGS, 'Hoàn thành (%)', 'Tình trạng báo cáo'];

const resultsTable = ({ rows, totals }: ReportSummary) =>
  table(RESULT_WIDTHS, [
    tableRow(
      HEADINGS.map((text) => cell(text, { bold: true, size: 9 })),
      true
    ),
    ...rows.map((row, index) =>
      tableRow([
        cell(String(index + 1)),
        cell(unitName(row), { align: AlignmentType.LEFT }),
        ...numbers(row.counts),
        cell(percent(row.overallCompletion)),
        cell(standing(row)),
      ])
    ),
    tableRow([
      cell('Tổng cộng', { bold: true, span: 2 }),
      ...numbers(totals.counts, true),
      cell(percent(totals.overallCompletion), { bold: true }),
      cell(''),
    ]),
    tableRow([
      cell('Chỉ tiêu', { bold: true, span: 2 }),
      ...numbers(totals.targets),
      cell(''),
      cell(''),
    ]),
  ]);

const results = (summary: ReportSummary) => {
  const { totals } = summary;
  const overall =
    totals.overallCompletion === null ? 'chưa giao chỉ tiêu' : `${num(totals.overallCompletion)}%`;
  const footnote = line('(*) Đơn vị chưa gửi báo cáo: số liệu lấy từ hệ thống.', {
    size: 12,
    italics: true,
    align: AlignmentType.LEFT,
    before: 60,
  });
  return [
    heading('I. KẾT QUẢ THỰC HIỆN'),
    body(
      `Tổng số đơn vị: ${totals.units}; đơn vị phải báo cáo: ${totals.expected}; ` +
        `đã gửi báo cáo: ${totals.submitted}; đã tiếp nhận: ${totals.accepted}; ` +
        `bị trả lại: ${totals.returned}; chưa có báo cáo: ${totals.missing}; ` +
        `chậm báo cáo: ${totals.late}. Mức hoàn thành chỉ tiêu chung: ${overall}. ` +
        `Số kênh tuyên truyền đã sử dụng: ${totals.channelVariety}/${Object.keys(CHANNELS).length}.`
    ),
    resultsTable(summary),
    ...(summary.rows.some((row) => row.source === 'system') ? [footnote] : []),
  ];
};

const listOrNone = (items: string[]) => (items.length ? items : ['Không có.']).map(body);

const lateUnits = (summary: ReportSummary) =>
  summary.rows
    .filter((row) => row.late)
    .map((row) => {
      const due = dayMonthYear(row.dueOn);
      return `- ${row.unit.name}: ${STANDING_LABELS[row.status]}${due ? `, hạn gửi ${due}` : ''}.`;
    });

const corrections = (summary: ReportSummary) =>
  summary.rows.flatMap((row) =>
    (row.report?.corrections ?? []).map(
      (correction) =>
        `- ${row.unit.name}, ${METRIC_LABELS[correction.metric]}: ${num(correction.computed)} → ` +
        `${num(correction.reported)}. Lý do: ${correction.reason}`
    )
  );

const footer = (form: OfficialForm) => {
  const left = mm(80);
  const signer = (text: string) => line(text, { bold: true });
  return sideBySide(
    [left, TEXT_WIDTH - left],
    [
      [
        line('Nơi nhận:', { size: 12, bold: true, italics: true, align: AlignmentType.LEFT }),
        ...[...form.recipients.map((recipient) => `- ${recipient};`), '- Lưu: VT, VHTT.'].map(
          (text) => line(text, { size: 11, align: AlignmentType.LEFT })
        ),
      ],
      [
        signer(form.signerAuthority),
        ...(form.signerDeputy ? [signer(form.signerDeputy)] : []),
        signer(form.signerTitle),
        ...Array.from({ length: 4 }, () => line('')),
        ...(form.signerName ? [signer(form.signerName)] : []),
      ],
    ]
  );
};

export const buildSummaryDocx = async (
  summary: ReportSummary,
  form: OfficialForm
): Promise<Buffer> => {
  const { campaign } = summary;
  const title = `Kết quả công tác tuyên truyền cải cách hành chính ${summary.period.label}`;
  const document = new Document({
    title: `Báo cáo ${title.charAt(0).toLowerCase()}${title.slice(1)}`,
    creator: form.issuingBody,
    styles: {
      default: {
        document: { run: { font: 'Times New Roman', size: 28, language: { value: 'vi-VN' } } },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: mm(210), height: mm(297) },
            margin: { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15) },
          },
        },
        children: [
          header(form),
          line('BÁO CÁO', { bold: true, before: 360 }),
          line(title, { bold: true }),
          rule(TEXT_WIDTH, mm(40), 60),
          line(`Theo ${campaign.documentNumber}: ${campaign.title}`, { italics: true, after: 240 }),
          ...results(summary),
          heading('II. ĐƠN VỊ CHẬM BÁO CÁO'),
          ...listOrNone(lateUnits(summary)),
          heading('III. ĐIỀU CHỈNH SỐ LIỆU'),
          ...listOrNone(corrections(summary)),
          heading('IV. ĐỀ XUẤT, KIẾN NGHỊ'),
          body('……'),
          line('', { after: 240 }),
          footer(form),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
};
