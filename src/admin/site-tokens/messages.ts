import { splitMessages } from '../bilingual';

/** The site token panel's texts: Vietnamese by default, English for the locale switch. */
export const MESSAGES = {
  'cchc.siteTokens.panel.title': ['Mã truy cập', 'Access key'],
  'cchc.siteTokens.panel.save-first': [
    'Lưu mã truy cập trang trước, rồi tạo mã.',
    'Save the site token first, then create its key.',
  ],
  'cchc.siteTokens.panel.hint': [
    'Trang thông tin gửi mã trong tiêu đề Authorization: Bearer <mã>.',
    'The site sends the key in the header Authorization: Bearer <key>.',
  ],
  'cchc.siteTokens.panel.create': ['Tạo mã', 'Create key'],
  'cchc.siteTokens.panel.replace': ['Tạo mã mới', 'Create a new key'],
  'cchc.siteTokens.panel.replace.confirm': [
    'Mã cũ ({prefix}…) sẽ ngừng hoạt động ngay. Tiếp tục?',
    'The old key ({prefix}…) stops working at once. Continue?',
  ],
  'cchc.siteTokens.panel.key': ['Mã (chỉ hiện một lần)', 'Key (shown once)'],
  'cchc.siteTokens.panel.copy-now': [
    'Chép mã ngay và lưu vào cấu hình của trang: sau khi rời trang này, không ai xem lại được.',
    'Copy the key now into the site’s configuration: nobody can see it again after you leave.',
  ],
  'cchc.siteTokens.panel.cancel': ['Hủy', 'Cancel'],
} as const;

export type MessageId = keyof typeof MESSAGES;

export const { vi: viMessages, en: enMessages } = splitMessages(MESSAGES);
