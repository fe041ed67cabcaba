/** Paragraph texts as a Strapi blocks value. */
export const paragraphs = (texts: string[]) =>
  texts.map((text) => ({
    type: 'paragraph' as const,
    children: [{ type: 'text' as const, text }],
  }));
