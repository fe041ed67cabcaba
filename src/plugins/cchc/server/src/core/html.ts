import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { BlocksRenderer, type BlocksContent } from '@strapi/blocks-react-renderer';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

export const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => ESCAPES[c]);

/** HTML of a rich-text (blocks) field, rendered by Strapi's own blocks renderer. */
export const blocksToHtml = (blocks: unknown): string =>
  Array.isArray(blocks) && blocks.length > 0
    ? renderToStaticMarkup(createElement(BlocksRenderer, { content: blocks as BlocksContent }))
    : '';

/** HTML of plain text: one paragraph per blank-line-separated block, line breaks kept. */
export const textToHtml = (text: string): string =>
  text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
    .map((paragraph) => `<p>${escapeHtml(paragraph).replace(/\n/g, '<br/>')}</p>`)
    .join('');
