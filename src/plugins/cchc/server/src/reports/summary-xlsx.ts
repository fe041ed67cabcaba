import { Workbook } from 'exceljs';
import {
  CHANNEL_LABELS,
  CHANNELS,
  METRIC_LABELS,
  METRICS,
  STANDING_LABELS,
  type ReportSummary,
} from './metrics';

interface Column {
  header: string;
  /** in characters */
  width: number;
  numFmt?: string;
  wrap?: boolean;
}
type Value = string | number | Date | null;

const PERCENT = '0.0';
const DATE = 'dd/mm/yyyy';

/** A sheet with a bold, frozen header row; dates shown as dd/mm/yyyy. */
const addSheet = (workbook: Workbook, name: string, columns: Column[], rows: Value[][]) => {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map(({ header, width, numFmt, wrap }) => ({
    header,
    width,
    style: {
      ...(numFmt ? { numFmt } : {}),
      alignment: { vertical: 'top', wrapText: Boolean(wrap) },
    },
  }));
  sheet.addRows(rows);
  sheet.eachRow((row) =>
    row.eachCell((cell) => {
      if (cell.value instanceof Date) {
        cell.numFmt = DATE;
      }
    })
  );
  const head = sheet.getRow(1);
  head.font = { bold: true };
  head.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  return sheet;
};

/** `2026-03-31` as a date cell (midnight UTC, which Excel shows as that day). */
const day = (value: string | null) => (value ? new Date(`${value.slice(0, 10)}T00:00:00Z`) : null);

/** `14:30 05/02/2026`, wall-clock time in the zone. */
const dateTime = (value: string | null, timeZone: string) => {
  if (!value) {
    return null;
  }
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hourCycle: 'h23',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(new Date(value));
  const get = (type: string) => parts.find((part) => part.type === type)?.value ?? '';
  return `${get('hour')}:${get('minute')} ${get('day')}/${get('month')}/${get('year')}`;
};

const overview = (workbook: Workbook, summary: ReportSummary, timeZone: string) => {
  const { campaign, period, totals } = summary;
  const rows: Value[][] = [
    ['Kế hoạch, văn bản', `${campaign.documentNumber}: ${campaign.title}`],
    ['Kỳ báo cáo', period.label],
    ['Từ ngày', day(period.start)],
    ['Đến ngày', day(period.end)],
    ['Hạn gửi báo cáo', day(period.dueOn)],
    ['Đơn vị tổng hợp', summary.root.name],
    ['Thời điểm lập', dateTime(summary.generatedAt, timeZone)],
    ...METRICS.map((metric) => [
      METRIC_LABELS[metric],
      totals.counts[metric],
      totals.targets[metric] ?? null,
      totals.completion[metric] ?? null,
    ]),
    ['Mức hoàn thành chỉ tiêu chung', null, null, totals.overallCompletion],
    ['Số đơn vị', totals.units],
    ['Đơn vị phải báo cáo', totals.expected],
    ['Đã gửi báo cáo', totals.submitted],
    ['Đã tiếp nhận', totals.accepted],
    ['Bị trả lại', totals.returned],
    ['Chưa có báo cáo', totals.missing],
    ['Chậm báo cáo', totals.late],
    [
      `Số kênh tuyên truyền đã sử dụng (trên ${Object.keys(CHANNELS).length})`,
      totals.channelVariety,
    ],
  ];
  addSheet(
    workbook,
    'Tổng hợp',
    [
      { header: 'Nội dung', width: 42, wrap: true },
      { header: 'Giá trị', width: 40, wrap: true },
      { header: 'Chỉ tiêu', width: 12 },
      { header: 'Hoàn thành (%)', width: 14, numFmt: PERCENT },
    ],
    rows
  );
};

const byUnit = (workbook: Workbook, summary: ReportSummary) =>
  addSheet(
    workbook,
    'Theo đơn vị',
    [
      { header: 'STT', width: 6 },
      { header: 'Đơn vị', width: 36, wrap: true },
      ...METRICS.map((metric) => ({ header: METRIC_LABELS[metric], width: 14 })),
      ...METRICS.map((metric) => ({ header: `Chỉ tiêu: ${METRIC_LABELS[metric]}`, width: 14 })),
      { header: 'Hoàn thành (%)', width: 12, numFmt: PERCENT },
      { header: 'Kênh tuyên truyền', width: 40, wrap: true },
      { header: 'Tình trạng báo cáo', width: 18 },
      { header: 'Hạn gửi', width: 12 },
      { header: 'Chậm', width: 8 },
      { header: 'Nguồn số liệu', width: 12 },
    ],
    summary.rows.map((row, index) => [
      index + 1,
      row.unit.name,
      ...METRICS.map((metric) => row.counts[metric]),
      ...METRICS.map((metric) => row.targets[metric] ?? null),
      row.overallCompletion,
      row.channels.map((channel) => CHANNEL_LABELS[channel]).join(', '),
      STANDING_LABELS[row.status],
      day(row.dueOn),
      row.late ? 'Có' : '',
      row.source === 'report' ? 'Báo cáo' : 'Hệ thống',
    ])
  );

const late = (workbook: Workbook, summary: ReportSummary, timeZone: string) =>
  addSheet(
    workbook,
    'Chậm báo cáo',
    [
      { header: 'STT', width: 6 },
      { header: 'Đơn vị', width: 36, wrap: true },
      { header: 'Tình trạng báo cáo', width: 18 },
      { header: 'Hạn gửi', width: 12 },
      { header: 'Thời điểm gửi', width: 18 },
    ],
    summary.rows
      .filter((row) => row.late)
      .map((row, index) => [
        index + 1,
        row.unit.name,
        STANDING_LABELS[row.status],
        day(row.dueOn),
        dateTime(row.report?.submittedAt ?? null, timeZone),
      ])
  );

const withReport = (summary: ReportSummary) =>
  summary.rows.flatMap((row) => (row.report ? [{ row, report: row.report }] : []));

const corrections = (workbook: Workbook, summary: ReportSummary) =>
  addSheet(
    workbook,
    'Điều chỉnh số liệu',
    [
      { header: 'Đơn vị', width: 36, wrap: true },
      { header: 'Nội dung', width: 30, wrap: true },
      { header: 'Số hệ thống', width: 12 },
      { header: 'Số báo cáo', width: 12 },
      { header: 'Lý do', width: 60, wrap: true },
    ],
    withReport(summary).flatMap(({ row, report }) =>
      report.corrections.map((correction) => [
        row.unit.name,
        METRIC_LABELS[correction.metric],
        correction.computed,
        correction.reported,
        correction.reason,
      ])
    )
  );

const evidence = (workbook: Workbook, summary: ReportSummary) =>
  addSheet(
    workbook,
    'Tài liệu kiểm chứng',
    [
      { header: 'Đơn vị', width: 36, wrap: true },
      { header: 'Nội dung', width: 30, wrap: true },
      { header: 'Tên tài liệu', width: 40, wrap: true },
      { header: 'Đường dẫn', width: 40, wrap: true },
      { header: 'Tệp đính kèm', width: 50, wrap: true },
      { header: 'Ghi chú', width: 40, wrap: true },
    ],
    withReport(summary).flatMap(({ row, report }) =>
      report.evidence.map((link) => [
        row.unit.name,
        link.metric ? METRIC_LABELS[link.metric] : 'Cả báo cáo',
        link.title,
        link.url,
        link.files.map((file) => file.url).join('\n'),
        link.note,
      ])
    )
  );

/**
 * The summary as a workbook, one sheet per section. Times (when it was made, when reports were
 * sent) are written as text in `timeZone`; dates as date cells.
 */
export const buildSummaryXlsx = async (
  summary: ReportSummary,
  { timeZone = 'Asia/Ho_Chi_Minh' }: { timeZone?: string } = {}
): Promise<Buffer> => {
  const workbook = new Workbook();
  workbook.creator = summary.root.name;
  workbook.created = new Date(summary.generatedAt);
  overview(workbook, summary, timeZone);
  byUnit(workbook, summary);
  late(workbook, summary, timeZone);
  corrections(workbook, summary);
  evidence(workbook, summary);
  return Buffer.from(await workbook.xlsx.writeBuffer());
};
