import type { StrapiApp } from '@strapi/strapi/admin';
import vi from './translations/vi.json';

const LANGUAGE_STORAGE_KEY = 'strapi-admin-language';

export default {
  config: {
    locales: ['vi'],
    translations: {
      vi: {
        ...vi,
        'Auth.form.welcome.title': 'Chào mừng đến hệ thống tuyên truyền CCHC',
        'Auth.form.welcome.subtitle': 'Đăng nhập bằng tài khoản quản trị của đơn vị',
      },
      en: {
        'Auth.form.welcome.title': 'Welcome to the CCHC communication system',
        'Auth.form.welcome.subtitle': 'Log in with your unit administrator account',
      },
    },
    tutorials: false,
    notifications: { releases: false },
  },
  register() {
    // Editors meet the admin in Vietnamese first; the profile page switches to English and remembers it.
    if (!window.localStorage.getItem(LANGUAGE_STORAGE_KEY)) {
      window.localStorage.setItem(LANGUAGE_STORAGE_KEY, 'vi');
    }
  },
  bootstrap(_app: StrapiApp) {},
};
