import { foldWord, foldedText, markedText, stripMarks, wordsOf } from '../fold';

describe('folding Vietnamese for search', () => {
  test('tone and vowel marks, đ and case fold away', () => {
    expect(foldedText('Thủ tục TRỰC TUYẾN')).toBe(' thu tuc truc tuyen ');
    expect(foldedText('Đăng ký ở Bưu điện, Ủy ban')).toBe(' dang ky o buu dien uy ban ');
    expect(foldWord('ươ')).toBe('uo');
  });

  test('Telex `dd` is `đ`: ddang ky finds đăng ký', () => {
    expect(foldWord('ddang')).toBe(foldWord('đăng'));
    expect(stripMarks('ddang')).toBe('ddang');
  });

  test('text typed in decomposed form (NFD) reads as composed', () => {
    const decomposed = 'Thủ tục'.normalize('NFD');
    expect(wordsOf(decomposed)).toEqual(['thủ', 'tục']);
    expect(markedText(decomposed)).toBe(' thủ tục ');
  });

  test('punctuation and HTML are not words', () => {
    expect(foldedText('<b>"Một cửa"</b> & liên-thông; 100%')).toBe(' b mot cua b lien thong 100 ');
  });
});
