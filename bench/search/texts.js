'use strict';

// Vietnamese texts of CCHC communication for the search benchmark, built from real vocabulary:
// every article row's title, summary and body are rewritten with set-based SQL, the same text
// for a document's draft and published rows. Deterministic.
const VERBS = [
  'Đẩy mạnh',
  'Hướng dẫn',
  'Triển khai',
  'Tăng cường',
  'Kiểm tra',
  'Tổng kết',
  'Ra mắt',
  'Nâng cao chất lượng',
];
const SUBJECTS = [
  'thủ tục trực tuyến',
  'dịch vụ công trực tuyến',
  'cải cách hành chính',
  'đăng ký khai sinh',
  'nộp hồ sơ qua bưu điện',
  'Bộ phận một cửa',
  'chứng thực bản sao điện tử',
  'tài khoản định danh điện tử',
  'thanh toán trực tuyến lệ phí',
  'chuyển đổi số',
  'số hóa hồ sơ',
  'tuyên truyền cải cách hành chính',
  'chỉ số hài lòng của người dân',
  'liên thông thủ tục hành chính',
  'kế hoạch cải cách hành chính',
  'đối thoại với doanh nghiệp',
  'cấp căn cước công dân',
  'đăng ký kinh doanh hộ cá thể',
  'cấp giấy chứng nhận quyền sử dụng đất',
  'xác nhận tình trạng hôn nhân',
];
const PLACES = [
  'tại xã Sơn Tây',
  'ở huyện Hương Sơn',
  'cho người cao tuổi',
  'trong quý IV',
  'năm 2026',
  'tại thị trấn Phố Châu',
  'vùng biên giới',
  'cho hộ kinh doanh',
  'qua Cổng dịch vụ công quốc gia',
  'bằng mã QR',
  'tận nhà',
  'những tháng cuối năm',
];
const SENTENCES = [
  'Cán bộ một cửa hướng dẫn người dân từng bước.',
  'Hồ sơ được tiếp nhận và trả kết quả đúng hạn.',
  'UBND xã niêm yết công khai thủ tục hành chính.',
  'Người dân không phải đi lại nhiều lần.',
  'Tỷ lệ hồ sơ trực tuyến toàn trình tăng mạnh.',
  'Tổ công nghệ số cộng đồng hỗ trợ tại nhà văn hóa thôn.',
  'Kết quả được gửi qua dịch vụ bưu chính công ích.',
  'Phí, lệ phí được thanh toán không dùng tiền mặt.',
  'Đoàn viên thanh niên hỗ trợ cài đặt ứng dụng VNeID.',
  'Phòng Văn hóa và Thông tin kiểm tra công tác tuyên truyền.',
  'Hội Phụ nữ lồng ghép tuyên truyền trong sinh hoạt chi hội.',
  'Đài truyền thanh xã phát bản tin vào sáng thứ Hai hằng tuần.',
  'Ý kiến phản ánh, kiến nghị được trả lời công khai.',
  'Các thôn tổ chức hội nghị đối thoại với người dân.',
];

const array = (items) => `ARRAY[${items.map((t) => `'${t.replace(/'/g, "''")}'`).join(', ')}]`;

/** Rewrites every article row's title, summary and body from the vocabulary. */
const textsSql = () => `
  WITH v AS (SELECT ${array(VERBS)} AS verbs, ${array(SUBJECTS)} AS subjects,
      ${array(PLACES)} AS places, ${array(SENTENCES)} AS sentences),
  h AS (SELECT id, abs(hashtext(document_id))::bigint AS h FROM articles)
  UPDATE articles a SET
    title = v.verbs[1 + h.h % ${VERBS.length}] || ' ' || v.subjects[1 + (h.h / 8) % ${SUBJECTS.length}]
      || ' ' || v.places[1 + (h.h / 160) % ${PLACES.length}] || ' (' || (h.h % 9973) || ')',
    summary = 'Người dân có thể thực hiện ' || v.subjects[1 + (h.h / 1920) % ${SUBJECTS.length}] || ' '
      || v.places[1 + (h.h / 38400) % ${PLACES.length}] || '. ' || v.sentences[1 + (h.h / 7) % ${SENTENCES.length}],
    body = jsonb_build_array(jsonb_build_object('type', 'paragraph', 'children', jsonb_build_array(
      jsonb_build_object('type', 'text', 'text',
        v.sentences[1 + (h.h / 3) % ${SENTENCES.length}] || ' ' || v.sentences[1 + (h.h / 11) % ${SENTENCES.length}]
        || ' Về ' || v.subjects[1 + (h.h / 13) % ${SUBJECTS.length}] || ', '
        || v.sentences[1 + (h.h / 17) % ${SENTENCES.length}]))))
  FROM v, h WHERE h.id = a.id;`;

/** What citizens and editors type: with and without marks, common and rare. */
const QUERIES = [
  'thu tuc truc tuyen',
  'thủ tục trực tuyến',
  'dich vu cong',
  'dịch vụ công trực tuyến',
  'dang ky khai sinh',
  'đăng ký kinh doanh',
  'buu dien',
  'nộp hồ sơ qua bưu điện',
  'mot cua',
  'chứng thực bản sao',
  'tai khoan dinh danh',
  'thanh toan le phi',
  'chuyen doi so',
  'số hóa hồ sơ',
  'chi so hai long',
  'can cuoc cong dan',
  'quyen su dung dat',
  'tinh trang hon nhan',
  'huong son',
  'ma QR',
];

/** What a search box sends while the user types. */
const PREFIXES = [
  'thu tuc tr',
  'dich v',
  'dang ky kh',
  'chung th',
  'buu di',
  'tai khoan d',
  'so ho',
  'can cu',
];

module.exports = { textsSql, QUERIES, PREFIXES };
