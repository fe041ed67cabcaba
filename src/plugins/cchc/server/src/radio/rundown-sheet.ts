import { escapeHtml, textToHtml } from '../core/html';
import { vnDate } from './rundown-clock';
import type { Rundown } from './rundown-day';

/** Shown instead of the text of a script that is not published and approved. */
export const NOT_APPROVED = 'Chưa duyệt: chương trình chưa được duyệt và xuất bản, không phát.';

/** The announcer's sheet: A4, one row per item, the full script under it. */
export const announcerSheet = (rundown: Rundown) => {
  const minutes = (s: number) => `${Math.floor(s / 60)} phút ${s % 60} giây`;
  const windows = rundown.windows
    .map(
      (
        w
      ) => `<section><h2>Khung ${w.start.slice(0, 5)}–${w.end.slice(0, 5)}${w.label ? ` · ${escapeHtml(w.label)}` : ''}</h2>
${w.items
  .map(
    (
      item
    ) => `<article><h3><span class="time">${item.startsAt.slice(0, 5)}</span> ${escapeHtml(item.title as string)} <span class="length">(${minutes(item.seconds ?? 0)})</span></h3>
${item.approved ? textToHtml(item.script) : `<p class="unapproved">${NOT_APPROVED}</p>`}</article>`
  )
  .join('\n')}
<p class="free">Còn trống ${minutes(w.freeSeconds)}.</p></section>`
    )
    .join('\n');
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><title>Lịch phát sóng ${escapeHtml(rundown.station.name)} ngày ${vnDate(rundown.date)}</title>
<style>@page{size:A4;margin:20mm 18mm}body{font-family:"Times New Roman",serif;font-size:13pt;line-height:1.45}h1{font-size:16pt;text-align:center;margin:0}p.sub{text-align:center;margin:4pt 0 14pt}h2{font-size:14pt;border-bottom:1px solid #000;margin-top:16pt}h3{font-size:13pt;margin:12pt 0 4pt}.time{display:inline-block;min-width:3.2em}.length{font-weight:normal}.free,.unapproved{font-style:italic}article{page-break-inside:avoid}</style>
</head><body>
<h1>LỊCH PHÁT SÓNG ${escapeHtml(rundown.station.name.toUpperCase())}</h1>
<p class="sub">Ngày ${vnDate(rundown.date)}${rundown.station.unit ? ` · ${escapeHtml(rundown.station.unit)}` : ''}</p>
${windows || '<p>Ngày này đài không có khung phát sóng.</p>'}
</body></html>`;
};
