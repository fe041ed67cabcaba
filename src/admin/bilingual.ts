/** Messages written as [Vietnamese, English] pairs, split into the two locales' tables. */
export const splitMessages = (messages: Record<string, readonly [string, string]>) => {
  const pick = (index: 0 | 1) =>
    Object.fromEntries(Object.entries(messages).map(([id, texts]) => [id, texts[index]]));
  return { vi: pick(0), en: pick(1) };
};
