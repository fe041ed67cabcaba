import { core, units } from './features';

export default { ...core.policies, ...units.policies };
