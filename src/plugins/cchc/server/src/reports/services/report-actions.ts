import type { Core } from '@strapi/strapi';
import { PLUGIN_ID } from '../../core/constants';

interface ActionProvider {
  registerMany(actions: Array<Record<string, unknown>>): Promise<unknown> | unknown;
}

/** Admin permissions of results reporting, shown under Plugins → CCHC in the Roles editor. */
const ACTIONS = [
  { uid: 'reports.summary', displayName: 'Xem tổng hợp, tiến độ báo cáo kết quả; xuất DOCX, XLSX' },
  { uid: 'reports.submit', displayName: 'Gửi, rút lại báo cáo kết quả của đơn vị' },
  { uid: 'reports.decide', displayName: 'Tiếp nhận, trả lại báo cáo kết quả' },
  { uid: 'reports.remind', displayName: 'Đôn đốc (gửi thư nhắc) đơn vị chưa báo cáo' },
];

const reportActionsService = ({ strapi }: { strapi: Core.Strapi }) => ({
  async register() {
    const provider: ActionProvider = strapi.service('admin::permission').actionProvider;
    await provider.registerMany(
      ACTIONS.map((action) => ({
        ...action,
        pluginName: PLUGIN_ID,
        section: 'plugins',
        subCategory: 'Báo cáo kết quả',
      }))
    );
  },
});

export default reportActionsService;
export type ReportActionsService = ReturnType<typeof reportActionsService>;
