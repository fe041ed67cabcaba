import type { Core } from '@strapi/strapi';
import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';

type Env = Core.Config.Shared.ConfigParams['env'];

/** A limit from the environment; a typo must not switch the limit off (NaN compares false). */
const positive = (env: Env, name: string, fallback: number, integer = true) => {
  const value = integer ? env.int(name, fallback) : env.float(name, fallback);
  if (!Number.isFinite(value) || value <= 0 || (integer && !Number.isInteger(value))) {
    throw new Error(`${name} must be a positive ${integer ? 'integer' : 'number'}`);
  }
  return value;
};

/** What one GraphQL operation may ask for, whoever sends it. */
export const graphqlLimits = (env: Env) => ({
  depth: positive(env, 'GRAPHQL_DEPTH_LIMIT', 8),
  aliases: positive(env, 'GRAPHQL_MAX_ALIASES', 5),
  cost: positive(env, 'GRAPHQL_MAX_COST', 400),
  costDepthFactor: positive(env, 'GRAPHQL_COST_DEPTH_FACTOR', 3, false),
  tokens: positive(env, 'GRAPHQL_MAX_TOKENS', 1000),
  directives: positive(env, 'GRAPHQL_MAX_DIRECTIVES', 10),
});

/** graphql-armor masks `Did you mean "x"?` but not graphql-js's `Did you mean the enum value "X"?`. */
const hideEnumSuggestions: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didEncounterErrors({ errors }) {
        for (const error of errors) {
          error.message = error.message.replace(/ Did you mean the enum value .+\?$/, '');
        }
      },
    };
  },
};

/**
 * Apollo options that refuse a too-costly operation with 400 while parsing and validating,
 * before any resolver runs; and that hide field suggestions when asked to.
 */
export const operationLimits = (
  limits: ReturnType<typeof graphqlLimits>,
  { fieldSuggestions }: { fieldSuggestions: boolean }
) => {
  const armor = new ApolloArmor({
    maxAliases: {
      n: limits.aliases,
      exposeLimits: false,
      errorMessage: `Truy vấn có quá nhiều bí danh (alias): tối đa ${limits.aliases}.`,
    },
    costLimit: {
      maxCost: limits.cost,
      objectCost: 2,
      scalarCost: 1,
      // each level multiplies the cost of what is below it: nested lists are the flood
      depthCostFactor: limits.costDepthFactor,
      // a fragment costs what its fields cost written out: typed clients (codegen, Apollo) use
      // fragments for every card, and the spread itself reads nothing
      flattenFragments: true,
      exposeLimits: false,
      errorMessage: `Truy vấn quá phức tạp: chi phí tối đa ${limits.cost}.`,
    },
    // armor counts tokens in a plugin hook whose error Apollo answers with 500; graphql-js's own
    // parser limit (parseOptions below) answers 400
    maxTokens: { enabled: false },
    maxDirectives: {
      n: limits.directives,
      exposeLimits: false,
      errorMessage: `Truy vấn có quá nhiều chỉ thị (directive): tối đa ${limits.directives}.`,
    },
    maxDepth: {
      n: limits.depth,
      flattenFragments: true,
      exposeLimits: false,
      errorMessage: `Truy vấn lồng quá sâu: tối đa ${limits.depth} cấp.`,
    },
    blockFieldSuggestion: { enabled: !fieldSuggestions },
  }).protect();
  return {
    ...armor,
    parseOptions: { maxTokens: limits.tokens },
    plugins: [...armor.plugins, ...(fieldSuggestions ? [] : [hideEnumSuggestions])],
  };
};

/** `false` would still serve Apollo's production landing page to a browser. */
export const landingPage = (enabled: boolean) =>
  enabled ? true : () => ApolloServerPluginLandingPageDisabled();
