import register from './register';
import bootstrap from './bootstrap';
import services from './services';
import controllers from './controllers';
import routes from './routes';

export default {
  register,
  bootstrap,
  services,
  controllers,
  routes,
};
