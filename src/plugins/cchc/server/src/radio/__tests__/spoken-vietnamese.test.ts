import { estimateSpoken, numberWords } from '../spoken-vietnamese';

describe('numbers as an announcer reads them', () => {
  test.each([
    [0, 'không'],
    [5, 'năm'],
    [10, 'mười'],
    [15, 'mười lăm'],
    [21, 'hai mươi mốt'],
    [24, 'hai mươi tư'],
    [35, 'ba mươi lăm'],
    [100, 'một trăm'],
    [105, 'một trăm linh năm'],
    [420, 'bốn trăm hai mươi'],
    [1000, 'một nghìn'],
    [2005, 'hai nghìn không trăm linh năm'],
    [2022, 'hai nghìn không trăm hai mươi hai'],
    [1250000, 'một triệu hai trăm năm mươi nghìn'],
    [3000000000, 'ba tỷ'],
  ])('%i → %s', (value, words) => {
    expect(numberWords(value).join(' ')).toBe(words);
  });
});

describe('syllables of what is not written as words', () => {
  test.each([
    ['UBND xã Sơn Tây', 7],
    ['công tác CCHC', 6],
    ['HĐND huyện', 5],
    ['ngày 12/11/2022', 14],
    ['tháng 11/2022', 11],
    ['lúc 7h30 sáng', 6],
    ['từ 07:00', 3],
    ['tăng 35%', 6],
    ['đạt 3,5 điểm', 5],
    ['1.250.000 đồng', 8],
    ['Nghị định 45/2020/NĐ-CP', 15],
    ['tài khoản VNeID', 7],
    ['trang Zalo', 3],
    ['ABC', 3],
  ])('%s → %i syllables', (text, syllables) => {
    expect(estimateSpoken(text).syllables).toBe(syllables);
  });
});

describe('reading time of real scripts', () => {
  // syllables counted by hand, reading numbers and abbreviations out in full
  const scripts: Array<[string, string, number, number]> = [
    [
      'a commune announcement',
      'Kính thưa bà con! UBND xã Sơn Tây thông báo: từ ngày 01/12/2022, bà con có thể nộp hồ sơ khai sinh trực tuyến tại nhà.',
      40,
      2,
    ],
    [
      'a report with numbers',
      'Năm 2022, toàn huyện đã tiếp nhận 12.560 hồ sơ trực tuyến, tăng 35% so với năm 2021. Tỷ lệ hồ sơ giải quyết đúng hạn đạt 98,5%.',
      56,
      2,
    ],
  ];

  test.each(scripts)('%s', (_name, text, syllables, pauses) => {
    const estimate = estimateSpoken(text, 200);
    expect(estimate.syllables).toBe(syllables);
    expect(estimate.pauses).toBe(pauses);
    expect(estimate.seconds).toBe(Math.round((syllables * 60) / 200 + pauses * 0.5));
  });

  test('a slower station takes longer; time grows with the text', () => {
    const text = 'Bà con lưu ý nộp hồ sơ đúng hạn. '.repeat(20);
    const normal = estimateSpoken(text, 200);
    expect(normal.syllables).toBe(180);
    expect(estimateSpoken(text, 160).seconds).toBeGreaterThan(normal.seconds);
    expect(estimateSpoken(text + text, 200).seconds).toBe(Math.round((360 * 60) / 200 + 40 * 0.5));
  });
});
