/** The review screens' texts: Vietnamese by default, English for the admin's locale switch. */
export const MESSAGES = {
  'cchc.review.panel.title': ['Duyệt nội dung', 'Review'],
  'cchc.review.stage.draft': ['Nháp', 'Draft'],
  'cchc.review.stage.submitted': ['Chờ duyệt', 'Waiting for review'],
  'cchc.review.stage.approved': ['Đã duyệt', 'Approved'],
  'cchc.review.stage.returned': ['Trả lại', 'Returned'],
  'cchc.review.since': ['từ {time}', 'since {time}'],
  'cchc.review.published': ['Đang xuất bản trên trang', 'Published on the sites'],
  'cchc.review.action.submit': ['Gửi duyệt', 'Submit for review'],
  'cchc.review.action.withdraw': ['Rút lại', 'Withdraw'],
  'cchc.review.action.approve': ['Duyệt', 'Approve'],
  'cchc.review.action.return': ['Trả lại', 'Return'],
  'cchc.review.action.done': ['Đã chuyển sang bước «{stage}»', 'Moved to “{stage}”'],
  'cchc.review.comment.label': ['Ý kiến (bắt buộc khi trả lại)', 'Comment (required to return)'],
  'cchc.review.history': ['Lịch sử duyệt', 'Review history'],
  'cchc.review.history.empty': ['Chưa gửi duyệt lần nào.', 'Never submitted yet.'],
  'cchc.review.schedule': ['Hẹn giờ', 'Schedule'],
  'cchc.review.schedule.publishAt': ['Xuất bản lúc {time}', 'Publish at {time}'],
  'cchc.review.schedule.unpublishAt': ['Gỡ lúc {time}', 'Unpublish at {time}'],
  'cchc.review.job.publish': ['Xuất bản', 'Publish'],
  'cchc.review.job.unpublish': ['Gỡ', 'Unpublish'],
  'cchc.review.job.pending': ['chờ đến giờ', 'pending'],
  'cchc.review.job.waiting': ['đến giờ, chờ duyệt', 'due, waiting for approval'],
  'cchc.review.job.running': ['đang chạy', 'running'],
  'cchc.review.job.done': ['xong', 'done'],
  'cchc.review.job.failed': ['lỗi', 'failed'],
  'cchc.review.job.cancelled': ['đã hủy', 'cancelled'],
  'cchc.review.social': ['Mạng xã hội', 'Social media'],
  'cchc.review.social.pending': ['chờ đăng', 'waiting'],
  'cchc.review.social.leased': ['đang đăng', 'being posted'],
  'cchc.review.social.posted': ['đã đăng', 'posted'],
  'cchc.review.social.failed': ['lỗi', 'failed'],
  'cchc.review.social.cancelled': ['đã hủy', 'cancelled'],
  'cchc.review.speech': ['Âm thanh đọc', 'Spoken audio'],
  'cchc.review.speech.queued': ['đang chờ tạo', 'queued'],
  'cchc.review.speech.running': ['đang tạo', 'being made'],
  'cchc.review.speech.done': ['đã tạo ({seconds} giây)', 'ready ({seconds} s)'],
  'cchc.review.speech.failed': ['lỗi', 'failed'],
  'cchc.review.save-first': [
    'Lưu nội dung trước khi gửi duyệt.',
    'Save the entry before submitting it.',
  ],
  'cchc.review.queue.menu': ['Chờ duyệt', 'Review queue'],
  'cchc.review.queue.title': ['Nội dung chờ duyệt', 'Waiting for review'],
  'cchc.review.queue.subtitle': [
    '{total} mục của đơn vị bạn và cấp dưới, gửi sớm nhất ở trên',
    '{total} items of your unit and below, oldest first',
  ],
  'cchc.review.queue.empty': [
    'Không có nội dung nào chờ bạn duyệt.',
    'Nothing waits for your review.',
  ],
  'cchc.review.queue.type': ['Loại', 'Type'],
  'cchc.review.queue.all-types': ['Mọi loại', 'All types'],
  'cchc.review.queue.item': ['Tiêu đề', 'Title'],
  'cchc.review.queue.unit': ['Đơn vị', 'Unit'],
  'cchc.review.queue.submittedAt': ['Gửi lúc', 'Submitted'],
  'cchc.review.queue.submittedBy': ['Người gửi', 'By'],
  'cchc.review.queue.publishAt': ['Hẹn xuất bản', 'Publish at'],
  'cchc.review.queue.own': ['bạn gửi', 'sent by you'],
  'cchc.review.queue.previous': ['Trang trước', 'Previous'],
  'cchc.review.queue.next': ['Trang sau', 'Next'],
  'cchc.review.queue.page': ['Trang {page}/{pageCount}', 'Page {page} of {pageCount}'],
  'cchc.review.error': ['Không tải được: {message}', 'Could not load: {message}'],
} as const;

export type MessageId = keyof typeof MESSAGES;

const pick = (index: 0 | 1) =>
  Object.fromEntries(Object.entries(MESSAGES).map(([id, texts]) => [id, texts[index]]));

export const viMessages = pick(0);
export const enMessages = pick(1);
