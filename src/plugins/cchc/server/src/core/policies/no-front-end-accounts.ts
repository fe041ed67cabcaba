import { errors } from '@strapi/utils';

/** For account operations of users-permissions the product does not offer (sign-up, login, reset). */
const noFrontEndAccounts = () => {
  throw new errors.ForbiddenError(
    'Hệ thống không dùng tài khoản người dùng công khai: không đăng ký, đăng nhập hay đặt lại mật khẩu qua API.'
  );
};

export default noFrontEndAccounts;
