import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';

/** Paragraphs and tables laid out as Decree 30/2020/NĐ-CP, Appendix I asks of an official letter. */

export type Align = (typeof AlignmentType)[keyof typeof AlignmentType];
export type LineOptions = Partial<Record<'size' | 'before' | 'after' | 'firstLine', number>> &
  Partial<Record<'bold' | 'italics', boolean>> & { align?: Align };

/** Millimetres in twips, rounded (docx's own conversion truncates: 210 mm would be 11905). */
export const mm = (value: number) => Math.round((value * 1440) / 25.4);
/** A4 less the 30 mm left and 15 mm right margins. */
export const TEXT_WIDTH = mm(210 - 30 - 15);

/** Size in points; the paragraph is centred and unspaced unless told otherwise. */
export const line = (text: string, options: LineOptions = {}) => {
  const { size = 14, bold, italics, align = AlignmentType.CENTER, before = 0, after = 0 } = options;
  return new Paragraph({
    alignment: align,
    spacing: { before, after },
    indent: options.firstLine ? { firstLine: options.firstLine } : undefined,
    children: [new TextRun({ text, size: size * 2, bold, italics })],
  });
};
export const body = (text: string) =>
  line(text, { align: AlignmentType.JUSTIFIED, after: 120, firstLine: mm(10) });
export const heading = (text: string) =>
  line(text, { bold: true, align: AlignmentType.LEFT, before: 120, after: 120, firstLine: mm(10) });

/** The solid line under a heading block, `width` long and centred in a cell `within` wide. */
export const rule = (within: number, width: number, after = 0) =>
  new Paragraph({
    indent: { left: (within - width) / 2, right: (within - width) / 2 },
    border: { top: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    spacing: { before: 80, after },
    run: { size: 2 },
    children: [],
  });

/** Days 1–9 and months 1–2 take a leading zero (Decree 30, Appendix I). */
export const dateLine = (place: string, date: Date, timeZone: string) => {
  const options = { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' } as const;
  const parts = new Intl.DateTimeFormat('en-US', options).formatToParts(date);
  const [day, month, year] = ['day', 'month', 'year'].map(
    (type) => parts.find((part) => part.type === type)?.value ?? ''
  );
  return `${place}, ngày ${day} tháng ${Number(month) < 3 ? month : Number(month)} năm ${year}`;
};

export const table = (columnWidths: number[], rows: TableRow[], borders = true) =>
  new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths,
    layout: TableLayoutType.FIXED,
    rows,
    ...(borders
      ? { margins: { left: 40, right: 40, top: 20, bottom: 20 } }
      : { borders: TableBorders.NONE }),
  });
export const tableRow = (cells: TableCell[], tableHeader = false) =>
  new TableRow({ tableHeader, cantSplit: true, children: cells });
/** A borderless table of one row, for the blocks set side by side. */
export const sideBySide = (widths: number[], columns: Paragraph[][]) =>
  table(widths, [tableRow(columns.map((children) => new TableCell({ children })))], false);
