import type { StrapiApp } from '@strapi/strapi/admin';
import { ChartPie, CheckCircle, Microphone } from '@strapi/icons';
import vi from './translations/vi.json';
import { enMessages, viMessages } from './review/messages';
import { ReviewPanel } from './review/ReviewPanel';
import { enMessages as reportEnMessages, viMessages as reportViMessages } from './reports/messages';
import { ReportPanel } from './reports/ReportPanel';
import {
  enMessages as siteTokenEnMessages,
  viMessages as siteTokenViMessages,
} from './site-tokens/messages';
import { SiteTokenPanel } from './site-tokens/SiteTokenPanel';

const LANGUAGE_STORAGE_KEY = 'strapi-admin-language';

export default {
  config: {
    locales: ['vi'],
    translations: {
      vi: {
        ...vi,
        ...viMessages,
        ...reportViMessages,
        ...siteTokenViMessages,
        'Auth.form.welcome.title': 'Chào mừng đến hệ thống tuyên truyền CCHC',
        'Auth.form.welcome.subtitle': 'Đăng nhập bằng tài khoản quản trị của đơn vị',
      },
      en: {
        ...enMessages,
        ...reportEnMessages,
        ...siteTokenEnMessages,
        'Auth.form.welcome.title': 'Welcome to the CCHC communication system',
        'Auth.form.welcome.subtitle': 'Log in with your unit administrator account',
      },
    },
    tutorials: false,
    notifications: { releases: false },
  },
  register(app: StrapiApp) {
    app.addMenuLink({
      to: 'cchc/review-queue',
      icon: CheckCircle,
      intlLabel: { id: 'cchc.review.queue.menu', defaultMessage: 'Chờ duyệt' },
      Component: () => import('./review/ReviewQueuePage'),
      permissions: [],
    });
    app.addMenuLink({
      to: 'cchc/rundown',
      icon: Microphone,
      intlLabel: { id: 'cchc.radio.menu', defaultMessage: 'Lịch phát sóng' },
      Component: () => import('./radio/RundownPage'),
      permissions: [],
    });
    app.addMenuLink({
      to: 'cchc/report-progress',
      icon: ChartPie,
      intlLabel: { id: 'cchc.reports.menu', defaultMessage: 'Tiến độ báo cáo' },
      Component: () => import('./reports/ReportProgressPage'),
      permissions: [{ action: 'plugin::cchc.reports.summary', subject: null }],
    });
    // Editors meet the admin in Vietnamese first; the profile page switches to English and remembers it.
    if (!window.localStorage.getItem(LANGUAGE_STORAGE_KEY)) {
      window.localStorage.setItem(LANGUAGE_STORAGE_KEY, 'vi');
    }
  },
  bootstrap(app: StrapiApp) {
    const contentManager = app.getPlugin('content-manager') as unknown as {
      apis: { addEditViewSidePanel(panels: unknown[]): void };
    };
    contentManager.apis.addEditViewSidePanel([ReviewPanel, ReportPanel, SiteTokenPanel]);
  },
};
