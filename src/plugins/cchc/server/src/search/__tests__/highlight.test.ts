import { highlight, snippet } from '../highlight';
import { parseSearchText } from '../search-query';

const terms = (q: string) => parseSearchText(q).terms;

describe('highlights', () => {
  test('marks the matched words whatever their marks, escapes the rest', () => {
    expect(highlight('Thủ tục <b>&</b> "trực tuyến"', terms('thu tuc truc tuyen '))).toBe(
      '<mark>Thủ</mark> <mark>tục</mark> &lt;b&gt;&amp;&lt;/b&gt; &quot;<mark>trực</mark> <mark>tuyến</mark>&quot;'
    );
  });

  test('the last word marks the words it begins', () => {
    expect(highlight('Đăng ký định danh', terms('dinh da'))).toBe(
      '<mark>Đăng</mark> ký <mark>định</mark> <mark>danh</mark>'
    );
  });

  test('a snippet is cut around the first match, with ellipses', () => {
    const long = `${'Mở đầu bài viết khá dài. '.repeat(8)}Người dân nộp hồ sơ qua bưu điện. ${'Đoạn kết. '.repeat(30)}`;
    const passage = snippet([null, long], terms('buu dien ')) as string;
    expect(passage.startsWith('… ')).toBe(true);
    expect(passage.endsWith(' …')).toBe(true);
    expect(passage).toContain('<mark>bưu</mark> <mark>điện</mark>');
    expect(passage.length).toBeLessThan(260);
  });

  test('no match: the start of the first text; no text: null', () => {
    expect(snippet(['Tóm tắt ngắn.'], terms('xyz '))).toBe('Tóm tắt ngắn.');
    expect(snippet([null, ''], terms('xyz '))).toBeNull();
  });
});
