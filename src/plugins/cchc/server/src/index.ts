import register from './register';
import bootstrap from './bootstrap';
import services from './services';

export default {
  register,
  bootstrap,
  services,
};
