import type { Schema, Struct } from '@strapi/strapi';

export interface AdminApiToken extends Struct.CollectionTypeSchema {
  collectionName: 'strapi_api_tokens';
  info: {
    description: '';
    displayName: 'Api Token';
    name: 'Api Token';
    pluralName: 'api-tokens';
    singularName: 'api-token';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
    'content-type-builder': {
      visible: false;
    };
  };
  attributes: {
    accessKey: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 1;
      }>;
    adminPermissions: Schema.Attribute.Relation<'oneToMany', 'admin::permission'>;
    adminUserOwner: Schema.Attribute.Relation<'manyToOne', 'admin::user'>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    description: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 1;
      }> &
      Schema.Attribute.DefaultTo<''>;
    encryptedKey: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 1;
      }>;
    expiresAt: Schema.Attribute.DateTime;
    kind: Schema.Attribute.Enumeration<['content-api', 'admin']> &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'content-api'>;
    lastUsedAt: Schema.Attribute.DateTime;
    lifespan: Schema.Attribute.BigInteger;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'admin::api-token'> &
      Schema.Attribute.Private;
    name: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.Unique &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 1;
      }>;
    permissions: Schema.Attribute.Relation<'oneToMany', 'admin::api-token-permission'>;
    publishedAt: Schema.Attribute.DateTime;
    type: Schema.Attribute.Enumeration<['read-only', 'full-access', 'custom']> &
      Schema.Attribute.DefaultTo<'read-only'>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
  };
}

export interface AdminApiTokenPermission extends Struct.CollectionTypeSchema {
  collectionName: 'strapi_api_token_permissions';
  info: {
    description: '';
    displayName: 'API Token Permission';
    name: 'API Token Permission';
    pluralName: 'api-token-permissions';
    singularName: 'api-token-permission';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
    'content-type-builder': {
      visible: false;
    };
  };
  attributes: {
    action: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 1;
      }>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'admin::api-token-permission'> &
      Schema.Attribute.Private;
    publishedAt: Schema.Attribute.DateTime;
    token: Schema.Attribute.Relation<'manyToOne', 'admin::api-token'>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
  };
}

export interface AdminPermission extends Struct.CollectionTypeSchema {
  collectionName: 'admin_permissions';
  info: {
    description: '';
    displayName: 'Permission';
    name: 'Permission';
    pluralName: 'permissions';
    singularName: 'permission';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
    'content-type-builder': {
      visible: false;
    };
  };
  attributes: {
    action: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 1;
      }>;
    actionParameters: Schema.Attribute.JSON & Schema.Attribute.DefaultTo<{}>;
    apiToken: Schema.Attribute.Relation<'manyToOne', 'admin::api-token'>;
    conditions: Schema.Attribute.JSON & Schema.Attribute.DefaultTo<[]>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'admin::permission'> &
      Schema.Attribute.Private;
    properties: Schema.Attribute.JSON & Schema.Attribute.DefaultTo<{}>;
    publishedAt: Schema.Attribute.DateTime;
    role: Schema.Attribute.Relation<'manyToOne', 'admin::role'>;
    subject: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 1;
      }>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
  };
}

export interface AdminRole extends Struct.CollectionTypeSchema {
  collectionName: 'admin_roles';
  info: {
    description: '';
    displayName: 'Role';
    name: 'Role';
    pluralName: 'roles';
    singularName: 'role';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
    'content-type-builder': {
      visible: false;
    };
  };
  attributes: {
    code: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.Unique &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 1;
      }>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    description: Schema.Attribute.String;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'admin::role'> & Schema.Attribute.Private;
    name: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.Unique &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 1;
      }>;
    permissions: Schema.Attribute.Relation<'oneToMany', 'admin::permission'>;
    publishedAt: Schema.Attribute.DateTime;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    users: Schema.Attribute.Relation<'manyToMany', 'admin::user'>;
  };
}

export interface AdminSession extends Struct.CollectionTypeSchema {
  collectionName: 'strapi_sessions';
  info: {
    description: 'Session Manager storage';
    displayName: 'Session';
    name: 'Session';
    pluralName: 'sessions';
    singularName: 'session';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
    'content-type-builder': {
      visible: false;
    };
    i18n: {
      localized: false;
    };
  };
  attributes: {
    absoluteExpiresAt: Schema.Attribute.DateTime & Schema.Attribute.Private;
    childId: Schema.Attribute.String & Schema.Attribute.Private;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    deviceId: Schema.Attribute.String & Schema.Attribute.Required & Schema.Attribute.Private;
    expiresAt: Schema.Attribute.DateTime & Schema.Attribute.Required & Schema.Attribute.Private;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'admin::session'> &
      Schema.Attribute.Private;
    metadata: Schema.Attribute.JSON & Schema.Attribute.Private;
    origin: Schema.Attribute.String & Schema.Attribute.Required & Schema.Attribute.Private;
    publishedAt: Schema.Attribute.DateTime;
    sessionId: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.Private &
      Schema.Attribute.Unique;
    status: Schema.Attribute.String & Schema.Attribute.Private;
    type: Schema.Attribute.String & Schema.Attribute.Private;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    userId: Schema.Attribute.String & Schema.Attribute.Required & Schema.Attribute.Private;
  };
}

export interface AdminTransferToken extends Struct.CollectionTypeSchema {
  collectionName: 'strapi_transfer_tokens';
  info: {
    description: '';
    displayName: 'Transfer Token';
    name: 'Transfer Token';
    pluralName: 'transfer-tokens';
    singularName: 'transfer-token';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
    'content-type-builder': {
      visible: false;
    };
  };
  attributes: {
    accessKey: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 1;
      }>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    description: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 1;
      }> &
      Schema.Attribute.DefaultTo<''>;
    expiresAt: Schema.Attribute.DateTime;
    lastUsedAt: Schema.Attribute.DateTime;
    lifespan: Schema.Attribute.BigInteger;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'admin::transfer-token'> &
      Schema.Attribute.Private;
    name: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.Unique &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 1;
      }>;
    permissions: Schema.Attribute.Relation<'oneToMany', 'admin::transfer-token-permission'>;
    publishedAt: Schema.Attribute.DateTime;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
  };
}

export interface AdminTransferTokenPermission extends Struct.CollectionTypeSchema {
  collectionName: 'strapi_transfer_token_permissions';
  info: {
    description: '';
    displayName: 'Transfer Token Permission';
    name: 'Transfer Token Permission';
    pluralName: 'transfer-token-permissions';
    singularName: 'transfer-token-permission';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
    'content-type-builder': {
      visible: false;
    };
  };
  attributes: {
    action: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 1;
      }>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'admin::transfer-token-permission'> &
      Schema.Attribute.Private;
    publishedAt: Schema.Attribute.DateTime;
    token: Schema.Attribute.Relation<'manyToOne', 'admin::transfer-token'>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
  };
}

export interface AdminUser extends Struct.CollectionTypeSchema {
  collectionName: 'admin_users';
  info: {
    description: '';
    displayName: 'User';
    name: 'User';
    pluralName: 'users';
    singularName: 'user';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
    'content-type-builder': {
      visible: false;
    };
  };
  attributes: {
    apiTokens: Schema.Attribute.Relation<'oneToMany', 'admin::api-token'> &
      Schema.Attribute.Private;
    blocked: Schema.Attribute.Boolean &
      Schema.Attribute.Private &
      Schema.Attribute.DefaultTo<false>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    email: Schema.Attribute.Email &
      Schema.Attribute.Required &
      Schema.Attribute.Private &
      Schema.Attribute.Unique &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 6;
      }>;
    firstname: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 1;
      }>;
    isActive: Schema.Attribute.Boolean &
      Schema.Attribute.Private &
      Schema.Attribute.DefaultTo<false>;
    lastname: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 1;
      }>;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'admin::user'> & Schema.Attribute.Private;
    password: Schema.Attribute.Password &
      Schema.Attribute.Private &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 6;
      }>;
    preferedLanguage: Schema.Attribute.String;
    publishedAt: Schema.Attribute.DateTime;
    registrationToken: Schema.Attribute.String & Schema.Attribute.Private;
    resetPasswordToken: Schema.Attribute.String & Schema.Attribute.Private;
    resetPasswordTokenExpiresAt: Schema.Attribute.DateTime & Schema.Attribute.Private;
    roles: Schema.Attribute.Relation<'manyToMany', 'admin::role'> & Schema.Attribute.Private;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    username: Schema.Attribute.String;
  };
}

export interface ApiArticleArticle extends Struct.CollectionTypeSchema {
  collectionName: 'articles';
  info: {
    description: 'Tin, b\u00E0i, ph\u00F3ng s\u1EF1 tuy\u00EAn truy\u1EC1n CCHC';
    displayName: 'Tin, b\u00E0i';
    pluralName: 'articles';
    singularName: 'article';
  };
  options: {
    draftAndPublish: true;
  };
  pluginOptions: {
    cchc: {
      defaultSortBy: 'updatedAt';
      defaultSortOrder: 'DESC';
      listFields: ['id', 'title', 'kind', 'unit', 'column', 'updatedAt', 'reviewStage'];
      mainField: 'title';
    };
  };
  attributes: {
    body: Schema.Attribute.Blocks &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: 'N\u1ED9i dung';
        };
      }>;
    byline: Schema.Attribute.String &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: 'T\u00E1c gi\u1EA3 (b\u00FAt danh)';
        };
      }> &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 255;
      }>;
    campaign: Schema.Attribute.Relation<'manyToOne', 'api::campaign.campaign'> &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: 'Theo k\u1EBF ho\u1EA1ch, v\u0103n b\u1EA3n';
        };
      }>;
    channels: Schema.Attribute.Component<'content.channels', false> &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: 'K\u00EAnh \u0111\u0103ng t\u1EA3i';
        };
      }>;
    column: Schema.Attribute.Relation<'manyToOne', 'api::column.column'> &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: 'Chuy\u00EAn m\u1EE5c';
        };
      }>;
    cover: Schema.Attribute.Media<'images'> &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: '\u1EA2nh \u0111\u1EA1i di\u1EC7n';
        };
      }>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    kind: Schema.Attribute.Enumeration<['news', 'article', 'report']> &
      Schema.Attribute.Required &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          description: 'news: tin; article: b\u00E0i; report: ph\u00F3ng s\u1EF1';
          label: 'Th\u1EC3 lo\u1EA1i';
        };
      }> &
      Schema.Attribute.DefaultTo<'news'>;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'api::article.article'> &
      Schema.Attribute.Private;
    publishAt: Schema.Attribute.DateTime &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          description: '\u0110\u1EBFn gi\u1EDD n\u00E0y, n\u1EBFu \u0111\u00E3 \u0111\u01B0\u1EE3c duy\u1EC7t, h\u1EC7 th\u1ED1ng t\u1EF1 xu\u1EA5t b\u1EA3n (gi\u1EDD Vi\u1EC7t Nam).';
          label: 'H\u1EB9n gi\u1EDD xu\u1EA5t b\u1EA3n';
        };
      }>;
    publishedAt: Schema.Attribute.DateTime;
    reviewStage: Schema.Attribute.Enumeration<['draft', 'submitted', 'approved', 'returned']> &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          description: 'draft: Nh\u00E1p; submitted: Ch\u1EDD duy\u1EC7t; approved: \u0110\u00E3 duy\u1EC7t; returned: Tr\u1EA3 l\u1EA1i. Ch\u1EC9 \u0111\u1ED5i b\u1EB1ng c\u00E1c n\u00FAt \u1EDF khung \u00ABDuy\u1EC7t n\u1ED9i dung\u00BB.';
          editable: false;
          hiddenInForm: true;
          label: 'B\u01B0\u1EDBc duy\u1EC7t';
        };
      }> &
      Schema.Attribute.DefaultTo<'draft'>;
    reviewStageAt: Schema.Attribute.DateTime &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          editable: false;
          hiddenInForm: true;
          label: 'Chuy\u1EC3n b\u01B0\u1EDBc l\u00FAc';
        };
      }>;
    seo: Schema.Attribute.Component<'shared.seo', false> &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: 'SEO';
        };
      }>;
    sharedWithSubunits: Schema.Attribute.Boolean &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          description: 'Trang th\u00F4ng tin c\u00E1c x\u00E3 \u0111\u01B0\u1EE3c hi\u1EC3n th\u1ECB l\u1EA1i tin, b\u00E0i n\u00E0y';
          label: 'Chia s\u1EBB cho \u0111\u01A1n v\u1ECB c\u1EA5p d\u01B0\u1EDBi';
        };
      }> &
      Schema.Attribute.DefaultTo<false>;
    slug: Schema.Attribute.UID<'title'> &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          description: 'T\u1EF1 sinh t\u1EEB ti\u00EAu \u0111\u1EC1 n\u1EBFu \u0111\u1EC3 tr\u1ED1ng; kh\u00F4ng d\u1EA5u, duy nh\u1EA5t';
          label: '\u0110\u01B0\u1EDDng d\u1EABn (slug)';
        };
      }>;
    socialPost: Schema.Attribute.Component<'content.social-post', false> &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: 'B\u00E0i \u0111\u0103ng m\u1EA1ng x\u00E3 h\u1ED9i';
        };
      }>;
    source: Schema.Attribute.Component<'content.source', false> &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: 'Ngu\u1ED3n tin';
        };
      }>;
    summary: Schema.Attribute.Text &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: 'Sa-p\u00F4 (t\u00F3m t\u1EAFt)';
        };
      }> &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 1000;
      }>;
    title: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: 'Ti\u00EAu \u0111\u1EC1';
        };
      }> &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 300;
      }>;
    topics: Schema.Attribute.Relation<'manyToMany', 'api::topic.topic'> &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: 'Chuy\u00EAn \u0111\u1EC1';
        };
      }>;
    unit: Schema.Attribute.Relation<'manyToOne', 'api::unit.unit'> &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          description: '\u0110\u01A1n v\u1ECB ch\u1ECBu tr\u00E1ch nhi\u1EC7m v\u1EC1 tin, b\u00E0i';
          label: '\u0110\u01A1n v\u1ECB s\u1EDF h\u1EEFu';
        };
      }>;
    unpublishAt: Schema.Attribute.DateTime &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          description: '\u0110\u1EBFn gi\u1EDD n\u00E0y h\u1EC7 th\u1ED1ng t\u1EF1 g\u1EE1 n\u1ED9i dung kh\u1ECFi trang (gi\u1EDD Vi\u1EC7t Nam).';
          label: 'H\u1EB9n gi\u1EDD g\u1EE1';
          notBefore: 'publishAt';
        };
      }>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
  };
}

export interface ApiBroadcastScriptBroadcastScript extends Struct.CollectionTypeSchema {
  collectionName: 'broadcast_scripts';
  info: {
    description: 'K\u1ECBch b\u1EA3n ch\u01B0\u01A1ng tr\u00ECnh ph\u00E1t thanh CCHC tr\u00EAn \u0111\u00E0i huy\u1EC7n v\u00E0 \u0111\u00E0i truy\u1EC1n thanh c\u01A1 s\u1EDF';
    displayName: 'Ch\u01B0\u01A1ng tr\u00ECnh ph\u00E1t thanh';
    pluralName: 'broadcast-scripts';
    singularName: 'broadcast-script';
  };
  options: {
    draftAndPublish: true;
  };
  pluginOptions: {
    cchc: {
      defaultSortBy: 'updatedAt';
      defaultSortOrder: 'DESC';
      listFields: [
        'id',
        'title',
        'stationLevel',
        'unit',
        'estimatedSeconds',
        'updatedAt',
        'reviewStage',
      ];
      mainField: 'title';
    };
  };
  attributes: {
    airSlots: Schema.Attribute.Component<'broadcast.air-slot', true> &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          description: 'Ch\u1EC9 \u0111\u1EC3 ghi ch\u00FA; l\u1ECBch ph\u00E1t v\u00E0 nh\u1EADt k\u00FD \u0111\u00E3 ph\u00E1t n\u1EB1m \u1EDF m\u1EE5c L\u1ECBch ph\u00E1t s\u00F3ng c\u1EE7a \u0111\u00E0i, v\u00E0 ch\u1EC9 nh\u1EADt k\u00FD \u0111\u00F3 \u0111\u01B0\u1EE3c t\u00EDnh v\u00E0o b\u00E1o c\u00E1o k\u1EBFt qu\u1EA3';
          label: 'Ghi ch\u00FA l\u1ECBch ph\u00E1t (c\u0169)';
        };
      }>;
    audio: Schema.Attribute.Media<'audios'> &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: 'T\u1EC7p \u00E2m thanh';
        };
      }>;
    campaign: Schema.Attribute.Relation<'manyToOne', 'api::campaign.campaign'> &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: 'Theo k\u1EBF ho\u1EA1ch, v\u0103n b\u1EA3n';
        };
      }>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    estimatedSeconds: Schema.Attribute.Integer &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          description: 'T\u1EF1 t\u00EDnh t\u1EEB n\u1ED9i dung k\u1ECBch b\u1EA3n m\u1ED7i l\u1EA7n l\u01B0u, \u1EDF t\u1ED1c \u0111\u1ED9 200 \u00E2m ti\u1EBFt/ph\u00FAt; s\u1ED1, ng\u00E0y th\u00E1ng, ch\u1EEF vi\u1EBFt t\u1EAFt \u0111\u01B0\u1EE3c t\u00EDnh nh\u01B0 khi \u0111\u1ECDc';
          editable: false;
          label: 'Th\u1EDDi l\u01B0\u1EE3ng \u0111\u1ECDc \u01B0\u1EDBc t\u00EDnh (gi\u00E2y)';
        };
      }> &
      Schema.Attribute.SetMinMax<
        {
          min: 0;
        },
        number
      >;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'api::broadcast-script.broadcast-script'
    > &
      Schema.Attribute.Private;
    publishAt: Schema.Attribute.DateTime &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          description: '\u0110\u1EBFn gi\u1EDD n\u00E0y, n\u1EBFu \u0111\u00E3 \u0111\u01B0\u1EE3c duy\u1EC7t, h\u1EC7 th\u1ED1ng t\u1EF1 xu\u1EA5t b\u1EA3n (gi\u1EDD Vi\u1EC7t Nam).';
          label: 'H\u1EB9n gi\u1EDD xu\u1EA5t b\u1EA3n';
        };
      }>;
    publishedAt: Schema.Attribute.DateTime;
    reviewStage: Schema.Attribute.Enumeration<['draft', 'submitted', 'approved', 'returned']> &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          description: 'draft: Nh\u00E1p; submitted: Ch\u1EDD duy\u1EC7t; approved: \u0110\u00E3 duy\u1EC7t; returned: Tr\u1EA3 l\u1EA1i. Ch\u1EC9 \u0111\u1ED5i b\u1EB1ng c\u00E1c n\u00FAt \u1EDF khung \u00ABDuy\u1EC7t n\u1ED9i dung\u00BB.';
          editable: false;
          hiddenInForm: true;
          label: 'B\u01B0\u1EDBc duy\u1EC7t';
        };
      }> &
      Schema.Attribute.DefaultTo<'draft'>;
    reviewStageAt: Schema.Attribute.DateTime &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          editable: false;
          hiddenInForm: true;
          label: 'Chuy\u1EC3n b\u01B0\u1EDBc l\u00FAc';
        };
      }>;
    script: Schema.Attribute.Text &
      Schema.Attribute.Required &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          description: 'V\u0103n b\u1EA3n ph\u00E1t thanh vi\u00EAn \u0111\u1ECDc';
          label: 'N\u1ED9i dung k\u1ECBch b\u1EA3n';
        };
      }>;
    slug: Schema.Attribute.UID<'title'> &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          description: 'T\u1EF1 sinh t\u1EEB t\u00EAn n\u1EBFu \u0111\u1EC3 tr\u1ED1ng';
          label: '\u0110\u01B0\u1EDDng d\u1EABn (slug)';
        };
      }>;
    stationLevel: Schema.Attribute.Enumeration<['district_radio', 'commune_loudspeaker']> &
      Schema.Attribute.Required &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          description: 'district_radio: \u0110\u00E0i ph\u00E1t thanh huy\u1EC7n; commune_loudspeaker: \u0110\u00E0i truy\u1EC1n thanh c\u01A1 s\u1EDF';
          label: 'C\u1EA5p \u0111\u00E0i';
        };
      }> &
      Schema.Attribute.DefaultTo<'commune_loudspeaker'>;
    title: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: 'T\u00EAn ch\u01B0\u01A1ng tr\u00ECnh';
        };
      }> &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 300;
      }>;
    topics: Schema.Attribute.Relation<'manyToMany', 'api::topic.topic'> &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: 'Chuy\u00EAn \u0111\u1EC1';
        };
      }>;
    unit: Schema.Attribute.Relation<'manyToOne', 'api::unit.unit'> &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: '\u0110\u01A1n v\u1ECB s\u1EDF h\u1EEFu';
        };
      }>;
    unpublishAt: Schema.Attribute.DateTime &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          description: '\u0110\u1EBFn gi\u1EDD n\u00E0y h\u1EC7 th\u1ED1ng t\u1EF1 g\u1EE1 n\u1ED9i dung kh\u1ECFi trang (gi\u1EDD Vi\u1EC7t Nam).';
          label: 'H\u1EB9n gi\u1EDD g\u1EE1';
          notBefore: 'publishAt';
        };
      }>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
  };
}

export interface ApiCampaignCampaign extends Struct.CollectionTypeSchema {
  collectionName: 'campaigns';
  info: {
    description: 'K\u1EBF ho\u1EA1ch ho\u1EB7c v\u0103n b\u1EA3n ch\u1EC9 \u0111\u1EA1o c\u00F4ng t\u00E1c tuy\u00EAn truy\u1EC1n CCHC, v\u00ED d\u1EE5 C\u00F4ng v\u0103n 1069/UBND-VHTT';
    displayName: 'K\u1EBF ho\u1EA1ch, v\u0103n b\u1EA3n ch\u1EC9 \u0111\u1EA1o';
    pluralName: 'campaigns';
    singularName: 'campaign';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    cchc: {
      defaultSortBy: 'issuedOn';
      defaultSortOrder: 'DESC';
      listFields: ['id', 'documentNumber', 'title', 'issuedOn', 'issuingUnit'];
      mainField: 'documentNumber';
    };
  };
  attributes: {
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    document: Schema.Attribute.Media<'files' | 'images'> &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          description: 'B\u1EA3n PDF ho\u1EB7c scan v\u0103n b\u1EA3n \u0111\u00E3 k\u00FD';
          label: 'T\u1EC7p v\u0103n b\u1EA3n';
        };
      }>;
    documentNumber: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          description: 'V\u00ED d\u1EE5: 1069/UBND-VHTT';
          label: 'S\u1ED1, k\u00FD hi\u1EC7u';
        };
      }> &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 60;
      }>;
    focusTopics: Schema.Attribute.Relation<'manyToMany', 'api::topic.topic'> &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: 'Chuy\u00EAn \u0111\u1EC1 tr\u1ECDng t\u00E2m';
        };
      }>;
    issuedOn: Schema.Attribute.Date &
      Schema.Attribute.Required &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: 'Ng\u00E0y ban h\u00E0nh';
        };
      }>;
    issuingUnit: Schema.Attribute.Relation<'manyToOne', 'api::unit.unit'> &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: 'C\u01A1 quan ban h\u00E0nh';
        };
      }>;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'api::campaign.campaign'> &
      Schema.Attribute.Private;
    periodEnd: Schema.Attribute.Date &
      Schema.Attribute.Required &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: '\u0110\u1EBFn ng\u00E0y';
          notBefore: 'periodStart';
        };
      }>;
    periodStart: Schema.Attribute.Date &
      Schema.Attribute.Required &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: 'Th\u1EF1c hi\u1EC7n t\u1EEB ng\u00E0y';
        };
      }>;
    publishedAt: Schema.Attribute.DateTime;
    recipients: Schema.Attribute.Component<'campaign.recipient', true> &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: 'K\u00EDnh g\u1EEDi / N\u01A1i nh\u1EADn';
        };
      }>;
    reportDeadlines: Schema.Attribute.Component<'campaign.report-deadline', true> &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: 'H\u1EA1n b\u00E1o c\u00E1o ri\u00EAng t\u1EEBng k\u1EF3';
        };
      }>;
    reportDueDays: Schema.Attribute.Integer &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          description: 'V\u00ED d\u1EE5 5: b\u00E1o c\u00E1o qu\u00FD IV g\u1EEDi tr\u01B0\u1EDBc h\u1EBFt ng\u00E0y 05/01';
          label: 'H\u1EA1n g\u1EEDi b\u00E1o c\u00E1o (ng\u00E0y sau cu\u1ED1i k\u1EF3)';
        };
      }> &
      Schema.Attribute.SetMinMax<
        {
          max: 90;
          min: 0;
        },
        number
      > &
      Schema.Attribute.DefaultTo<5>;
    reportingPeriod: Schema.Attribute.Enumeration<['month', 'quarter', 'half_year', 'year']> &
      Schema.Attribute.Required &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          description: 'month: h\u1EB1ng th\u00E1ng; quarter: h\u1EB1ng qu\u00FD; half_year: 6 th\u00E1ng; year: h\u1EB1ng n\u0103m';
          label: 'K\u1EF3 b\u00E1o c\u00E1o';
        };
      }> &
      Schema.Attribute.DefaultTo<'quarter'>;
    signer: Schema.Attribute.String &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: 'Ng\u01B0\u1EDDi k\u00FD';
        };
      }> &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 120;
      }>;
    slug: Schema.Attribute.UID<'title'> &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          description: 'T\u1EF1 sinh t\u1EEB tr\u00EDch y\u1EBFu n\u1EBFu \u0111\u1EC3 tr\u1ED1ng';
          label: '\u0110\u01B0\u1EDDng d\u1EABn (slug)';
        };
      }>;
    summary: Schema.Attribute.Text &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: 'T\u00F3m t\u1EAFt n\u1ED9i dung';
        };
      }>;
    targets: Schema.Attribute.Component<'campaign.target', true> &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          description: '\u0110\u01A1n v\u1ECB c\u00F3 ch\u1EC9 ti\u00EAu l\u00E0 \u0111\u01A1n v\u1ECB ph\u1EA3i b\u00E1o c\u00E1o';
          label: 'Ch\u1EC9 ti\u00EAu';
        };
      }>;
    tasks: Schema.Attribute.Component<'campaign.unit-kind-task', true> &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: 'Nhi\u1EC7m v\u1EE5 theo lo\u1EA1i \u0111\u01A1n v\u1ECB';
        };
      }>;
    title: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          description: 'V\u00ED d\u1EE5: T\u0103ng c\u01B0\u1EDDng tuy\u00EAn truy\u1EC1n c\u00F4ng t\u00E1c CCHC trong nh\u1EEFng th\u00E1ng cu\u1ED1i n\u0103m 2022';
          label: 'Tr\u00EDch y\u1EBFu (V/v)';
        };
      }> &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 500;
      }>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
  };
}

export interface ApiColumnColumn extends Struct.CollectionTypeSchema {
  collectionName: 'columns';
  info: {
    description: 'Chuy\u00EAn m\u1EE5c th\u01B0\u1EDDng xuy\u00EAn tr\u00EAn c\u1ED5ng th\u00F4ng tin, v\u00ED d\u1EE5 C\u1EA3i c\u00E1ch h\u00E0nh ch\u00EDnh';
    displayName: 'Chuy\u00EAn m\u1EE5c';
    pluralName: 'columns';
    singularName: 'column';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    cchc: {
      defaultSortBy: 'position';
      defaultSortOrder: 'ASC';
      listFields: ['id', 'name', 'slug', 'active', 'position'];
      mainField: 'name';
    };
  };
  attributes: {
    active: Schema.Attribute.Boolean &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: '\u0110ang ho\u1EA1t \u0111\u1ED9ng';
        };
      }> &
      Schema.Attribute.DefaultTo<true>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    description: Schema.Attribute.Text &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: 'M\u00F4 t\u1EA3';
        };
      }>;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'api::column.column'> &
      Schema.Attribute.Private;
    name: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: 'T\u00EAn chuy\u00EAn m\u1EE5c';
        };
      }> &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 255;
      }>;
    position: Schema.Attribute.Integer &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: 'Th\u1EE9 t\u1EF1 hi\u1EC3n th\u1ECB';
        };
      }> &
      Schema.Attribute.SetMinMax<
        {
          min: 0;
        },
        number
      > &
      Schema.Attribute.DefaultTo<0>;
    publishedAt: Schema.Attribute.DateTime;
    slug: Schema.Attribute.UID<'name'> &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          description: 'T\u1EF1 sinh t\u1EEB t\u00EAn n\u1EBFu \u0111\u1EC3 tr\u1ED1ng';
          label: '\u0110\u01B0\u1EDDng d\u1EABn (slug)';
        };
      }>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
  };
}

export interface ApiLeafletLeaflet extends Struct.CollectionTypeSchema {
  collectionName: 'leaflets';
  info: {
    description: 'T\u00E0i li\u1EC7u, t\u1EDD r\u01A1i, t\u1EDD g\u1EA5p, b\u1EA3n tin, pano tuy\u00EAn truy\u1EC1n CCHC';
    displayName: 'T\u00E0i li\u1EC7u, t\u1EDD r\u01A1i';
    pluralName: 'leaflets';
    singularName: 'leaflet';
  };
  options: {
    draftAndPublish: true;
  };
  pluginOptions: {
    cchc: {
      defaultSortBy: 'updatedAt';
      defaultSortOrder: 'DESC';
      listFields: [
        'id',
        'title',
        'kind',
        'unit',
        'copiesPrinted',
        'copiesDistributed',
        'reviewStage',
      ];
      mainField: 'title';
    };
  };
  attributes: {
    campaign: Schema.Attribute.Relation<'manyToOne', 'api::campaign.campaign'> &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: 'Theo k\u1EBF ho\u1EA1ch, v\u0103n b\u1EA3n';
        };
      }>;
    copiesDistributed: Schema.Attribute.Integer &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: 'S\u1ED1 b\u1EA3n \u0111\u00E3 ph\u00E1t h\u00E0nh';
        };
      }> &
      Schema.Attribute.SetMinMax<
        {
          min: 0;
        },
        number
      > &
      Schema.Attribute.DefaultTo<0>;
    copiesPrinted: Schema.Attribute.Integer &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: 'S\u1ED1 b\u1EA3n in';
        };
      }> &
      Schema.Attribute.SetMinMax<
        {
          min: 0;
        },
        number
      > &
      Schema.Attribute.DefaultTo<0>;
    cover: Schema.Attribute.Media<'images'> &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: '\u1EA2nh b\u00ECa';
        };
      }>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    description: Schema.Attribute.Text &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: 'M\u00F4 t\u1EA3';
        };
      }>;
    distributionPoints: Schema.Attribute.Component<'leaflet.distribution-point', true> &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: '\u0110i\u1EC3m ph\u00E1t h\u00E0nh';
        };
      }>;
    files: Schema.Attribute.Media<'files' | 'images', true> &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: 'T\u1EC7p (PDF, \u1EA3nh)';
        };
      }>;
    kind: Schema.Attribute.Enumeration<['handout', 'leaflet', 'brochure', 'bulletin', 'poster']> &
      Schema.Attribute.Required &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          description: 'handout: t\u00E0i li\u1EC7u; leaflet: t\u1EDD r\u01A1i; brochure: t\u1EDD g\u1EA5p; bulletin: b\u1EA3n tin; poster: pano, \u00E1p ph\u00EDch';
          label: 'Lo\u1EA1i \u1EA5n ph\u1EA9m';
        };
      }> &
      Schema.Attribute.DefaultTo<'leaflet'>;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'api::leaflet.leaflet'> &
      Schema.Attribute.Private;
    publishAt: Schema.Attribute.DateTime &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          description: '\u0110\u1EBFn gi\u1EDD n\u00E0y, n\u1EBFu \u0111\u00E3 \u0111\u01B0\u1EE3c duy\u1EC7t, h\u1EC7 th\u1ED1ng t\u1EF1 xu\u1EA5t b\u1EA3n (gi\u1EDD Vi\u1EC7t Nam).';
          label: 'H\u1EB9n gi\u1EDD xu\u1EA5t b\u1EA3n';
        };
      }>;
    publishedAt: Schema.Attribute.DateTime;
    reviewStage: Schema.Attribute.Enumeration<['draft', 'submitted', 'approved', 'returned']> &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          description: 'draft: Nh\u00E1p; submitted: Ch\u1EDD duy\u1EC7t; approved: \u0110\u00E3 duy\u1EC7t; returned: Tr\u1EA3 l\u1EA1i. Ch\u1EC9 \u0111\u1ED5i b\u1EB1ng c\u00E1c n\u00FAt \u1EDF khung \u00ABDuy\u1EC7t n\u1ED9i dung\u00BB.';
          editable: false;
          hiddenInForm: true;
          label: 'B\u01B0\u1EDBc duy\u1EC7t';
        };
      }> &
      Schema.Attribute.DefaultTo<'draft'>;
    reviewStageAt: Schema.Attribute.DateTime &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          editable: false;
          hiddenInForm: true;
          label: 'Chuy\u1EC3n b\u01B0\u1EDBc l\u00FAc';
        };
      }>;
    slug: Schema.Attribute.UID<'title'> &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          description: 'T\u1EF1 sinh t\u1EEB t\u00EAn n\u1EBFu \u0111\u1EC3 tr\u1ED1ng';
          label: '\u0110\u01B0\u1EDDng d\u1EABn (slug)';
        };
      }>;
    title: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: 'T\u00EAn \u1EA5n ph\u1EA9m';
        };
      }> &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 300;
      }>;
    topics: Schema.Attribute.Relation<'manyToMany', 'api::topic.topic'> &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: 'Chuy\u00EAn \u0111\u1EC1';
        };
      }>;
    unit: Schema.Attribute.Relation<'manyToOne', 'api::unit.unit'> &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: '\u0110\u01A1n v\u1ECB s\u1EDF h\u1EEFu';
        };
      }>;
    unpublishAt: Schema.Attribute.DateTime &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          description: '\u0110\u1EBFn gi\u1EDD n\u00E0y h\u1EC7 th\u1ED1ng t\u1EF1 g\u1EE1 n\u1ED9i dung kh\u1ECFi trang (gi\u1EDD Vi\u1EC7t Nam).';
          label: 'H\u1EB9n gi\u1EDD g\u1EE1';
          notBefore: 'publishAt';
        };
      }>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
  };
}

export interface ApiRundownItemRundownItem extends Struct.CollectionTypeSchema {
  collectionName: 'rundown_items';
  info: {
    description: 'M\u1ED9t ch\u01B0\u01A1ng tr\u00ECnh x\u1EBFp v\u00E0o khung ph\u00E1t s\u00F3ng c\u1EE7a m\u1ED9t \u0111\u00E0i trong m\u1ED9t ng\u00E0y; ph\u00E1t thanh vi\u00EAn ghi nh\u1EADn \u0111\u00E3 ph\u00E1t';
    displayName: 'L\u1ECBch ph\u00E1t s\u00F3ng';
    pluralName: 'rundown-items';
    singularName: 'rundown-item';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    cchc: {
      defaultSortBy: 'airDate';
      defaultSortOrder: 'DESC';
      listFields: ['id', 'airDate', 'startsAt', 'station', 'title', 'plannedSeconds', 'airStatus'];
      mainField: 'title';
    };
  };
  attributes: {
    airDate: Schema.Attribute.Date &
      Schema.Attribute.Required &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: 'Ng\u00E0y ph\u00E1t';
        };
      }>;
    airedAt: Schema.Attribute.DateTime &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: 'Th\u1EDDi \u0111i\u1EC3m ph\u00E1t th\u1EF1c t\u1EBF';
        };
      }>;
    airedSeconds: Schema.Attribute.Integer &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: 'Th\u1EDDi l\u01B0\u1EE3ng \u0111\u00E3 ph\u00E1t (gi\u00E2y)';
        };
      }> &
      Schema.Attribute.SetMinMax<
        {
          min: 0;
        },
        number
      >;
    airStatus: Schema.Attribute.Enumeration<['planned', 'aired', 'partly_aired', 'cancelled']> &
      Schema.Attribute.Required &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          description: 'planned: d\u1EF1 ki\u1EBFn; aired: \u0111\u00E3 ph\u00E1t; partly_aired: ph\u00E1t m\u1ED9t ph\u1EA7n; cancelled: h\u1EE7y. Ch\u1EC9 m\u1EE5c \u0111\u00E3 ph\u00E1t \u0111\u01B0\u1EE3c t\u00EDnh v\u00E0o b\u00E1o c\u00E1o';
          label: 'Tr\u1EA1ng th\u00E1i';
        };
      }> &
      Schema.Attribute.DefaultTo<'planned'>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'api::rundown-item.rundown-item'> &
      Schema.Attribute.Private;
    note: Schema.Attribute.String &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: 'Ghi ch\u00FA';
        };
      }> &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 500;
      }>;
    plannedSeconds: Schema.Attribute.Integer &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          description: 'Theo t\u1ED1c \u0111\u1ED9 \u0111\u1ECDc c\u1EE7a \u0111\u00E0i';
          editable: false;
          label: 'Th\u1EDDi l\u01B0\u1EE3ng d\u1EF1 ki\u1EBFn (gi\u00E2y)';
        };
      }>;
    position: Schema.Attribute.Integer &
      Schema.Attribute.Required &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: 'Th\u1EE9 t\u1EF1 trong khung';
        };
      }> &
      Schema.Attribute.SetMinMax<
        {
          min: 1;
        },
        number
      > &
      Schema.Attribute.DefaultTo<1>;
    publishedAt: Schema.Attribute.DateTime;
    script: Schema.Attribute.Relation<'manyToOne', 'api::broadcast-script.broadcast-script'> &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: 'Ch\u01B0\u01A1ng tr\u00ECnh';
        };
      }>;
    startsAt: Schema.Attribute.Time &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          editable: false;
          label: 'Gi\u1EDD ph\u00E1t d\u1EF1 ki\u1EBFn';
        };
      }>;
    station: Schema.Attribute.Relation<'manyToOne', 'api::station.station'> &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: '\u0110\u00E0i';
        };
      }>;
    title: Schema.Attribute.String &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          editable: false;
          label: 'T\u00EAn ch\u01B0\u01A1ng tr\u00ECnh';
        };
      }> &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 300;
      }>;
    unit: Schema.Attribute.Relation<'manyToOne', 'api::unit.unit'> &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          editable: false;
          label: '\u0110\u01A1n v\u1ECB c\u1EE7a \u0111\u00E0i';
        };
      }>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    windowStart: Schema.Attribute.Time &
      Schema.Attribute.Required &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          description: 'Gi\u1EDD b\u1EAFt \u0111\u1EA7u c\u1EE7a m\u1ED9t khung ph\u00E1t s\u00F3ng c\u1EE7a \u0111\u00E0i';
          label: 'Khung (gi\u1EDD b\u1EAFt \u0111\u1EA7u)';
        };
      }>;
  };
}

export interface ApiSocialChannelSocialChannel extends Struct.CollectionTypeSchema {
  collectionName: 'social_channels';
  info: {
    description: 'Trang, t\u00E0i kho\u1EA3n m\u1EA1ng x\u00E3 h\u1ED9i c\u1EE7a m\u1ED9t \u0111\u01A1n v\u1ECB (Facebook, Zalo OA, YouTube\u2026) nh\u1EADn b\u00E0i \u0111\u0103ng t\u1EF1 \u0111\u1ED9ng';
    displayName: 'K\u00EAnh m\u1EA1ng x\u00E3 h\u1ED9i';
    pluralName: 'social-channels';
    singularName: 'social-channel';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    cchc: {
      defaultSortBy: 'name';
      defaultSortOrder: 'ASC';
      listFields: ['id', 'name', 'platform', 'handle', 'unit', 'active'];
      mainField: 'name';
    };
  };
  attributes: {
    active: Schema.Attribute.Boolean &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          description: 'T\u1EAFt: kh\u00F4ng t\u1EA1o b\u00E0i \u0111\u0103ng m\u1EDBi cho k\u00EAnh n\u00E0y';
          label: '\u0110ang d\u00F9ng';
        };
      }> &
      Schema.Attribute.DefaultTo<true>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    handle: Schema.Attribute.String &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          description: 'M\u00E3 trang, t\u00EAn t\u00E0i kho\u1EA3n ho\u1EB7c \u0111\u01B0\u1EDDng d\u1EABn c\u1EE7a k\u00EAnh';
          label: 'T\u00E0i kho\u1EA3n';
        };
      }> &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 255;
      }>;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'api::social-channel.social-channel'> &
      Schema.Attribute.Private;
    name: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          description: 'V\u00ED d\u1EE5: Trang Facebook UBND x\u00E3 S\u01A1n T\u00E2y';
          label: 'T\u00EAn k\u00EAnh';
        };
      }> &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    platform: Schema.Attribute.Enumeration<['facebook', 'zalo', 'youtube', 'other']> &
      Schema.Attribute.Required &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          description: 'facebook; zalo: Zalo OA; youtube; other: kh\u00E1c';
          label: 'N\u1EC1n t\u1EA3ng';
        };
      }> &
      Schema.Attribute.DefaultTo<'facebook'>;
    publishedAt: Schema.Attribute.DateTime;
    unit: Schema.Attribute.Relation<'manyToOne', 'api::unit.unit'> &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: '\u0110\u01A1n v\u1ECB s\u1EDF h\u1EEFu';
        };
      }>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
  };
}

export interface ApiStationStation extends Struct.CollectionTypeSchema {
  collectionName: 'stations';
  info: {
    description: '\u0110\u00E0i ph\u00E1t thanh huy\u1EC7n, \u0111\u00E0i truy\u1EC1n thanh x\u00E3 (loa d\u00E2y ho\u1EB7c loa IP): khung ph\u00E1t s\u00F3ng v\u00E0 t\u1ED1c \u0111\u1ED9 \u0111\u1ECDc';
    displayName: '\u0110\u00E0i ph\u00E1t thanh';
    pluralName: 'stations';
    singularName: 'station';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    cchc: {
      defaultSortBy: 'name';
      defaultSortOrder: 'ASC';
      listFields: ['id', 'name', 'kind', 'unit', 'syllablesPerMinute'];
      mainField: 'name';
    };
  };
  attributes: {
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    kind: Schema.Attribute.Enumeration<['district_radio', 'commune_wired', 'commune_ip']> &
      Schema.Attribute.Required &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          description: 'district_radio: \u0111\u00E0i ph\u00E1t thanh huy\u1EC7n; commune_wired: \u0111\u00E0i truy\u1EC1n thanh x\u00E3, loa d\u00E2y; commune_ip: \u0111\u00E0i truy\u1EC1n thanh x\u00E3, loa IP';
          label: 'Lo\u1EA1i \u0111\u00E0i';
        };
      }> &
      Schema.Attribute.DefaultTo<'commune_wired'>;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'api::station.station'> &
      Schema.Attribute.Private;
    name: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: 'T\u00EAn \u0111\u00E0i';
        };
      }> &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    publishedAt: Schema.Attribute.DateTime;
    slug: Schema.Attribute.UID<'name'> &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          description: 'T\u1EF1 sinh t\u1EEB t\u00EAn n\u1EBFu \u0111\u1EC3 tr\u1ED1ng';
          label: '\u0110\u01B0\u1EDDng d\u1EABn (slug)';
        };
      }>;
    syllablesPerMinute: Schema.Attribute.Integer &
      Schema.Attribute.Required &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          description: 'Ph\u00E1t thanh vi\u00EAn \u0111\u1ECDc b\u00ECnh th\u01B0\u1EDDng kho\u1EA3ng 200 \u00E2m ti\u1EBFt m\u1ED7i ph\u00FAt';
          label: 'T\u1ED1c \u0111\u1ED9 \u0111\u1ECDc (\u00E2m ti\u1EBFt/ph\u00FAt)';
        };
      }> &
      Schema.Attribute.SetMinMax<
        {
          max: 400;
          min: 80;
        },
        number
      > &
      Schema.Attribute.DefaultTo<200>;
    unit: Schema.Attribute.Relation<'manyToOne', 'api::unit.unit'> &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: '\u0110\u01A1n v\u1ECB s\u1EDF h\u1EEFu';
        };
      }>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    windows: Schema.Attribute.Component<'broadcast.window', true> &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: 'Khung ph\u00E1t s\u00F3ng';
        };
      }>;
  };
}

export interface ApiTopicTopic extends Struct.CollectionTypeSchema {
  collectionName: 'topics';
  info: {
    description: 'Ch\u1EE7 \u0111\u1EC1 tuy\u00EAn truy\u1EC1n tr\u1ECDng t\u00E2m, v\u00ED d\u1EE5 D\u1ECBch v\u1EE5 c\u00F4ng tr\u1EF1c tuy\u1EBFn';
    displayName: 'Chuy\u00EAn \u0111\u1EC1';
    pluralName: 'topics';
    singularName: 'topic';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    cchc: {
      defaultSortBy: 'name';
      defaultSortOrder: 'ASC';
      listFields: ['id', 'name', 'slug', 'activeFrom', 'activeUntil'];
      mainField: 'name';
    };
  };
  attributes: {
    activeFrom: Schema.Attribute.Date &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: 'B\u1EAFt \u0111\u1EA7u t\u1EEB ng\u00E0y';
        };
      }>;
    activeUntil: Schema.Attribute.Date &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          description: '\u0110\u1EC3 tr\u1ED1ng n\u1EBFu chuy\u00EAn \u0111\u1EC1 kh\u00F4ng c\u00F3 th\u1EDDi h\u1EA1n';
          label: '\u0110\u1EBFn ng\u00E0y';
          notBefore: 'activeFrom';
        };
      }>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    description: Schema.Attribute.Text &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: 'M\u00F4 t\u1EA3';
        };
      }>;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'api::topic.topic'> &
      Schema.Attribute.Private;
    name: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: 'T\u00EAn chuy\u00EAn \u0111\u1EC1';
        };
      }> &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 255;
      }>;
    publishedAt: Schema.Attribute.DateTime;
    slug: Schema.Attribute.UID<'name'> &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          description: 'T\u1EF1 sinh t\u1EEB t\u00EAn n\u1EBFu \u0111\u1EC3 tr\u1ED1ng';
          label: '\u0110\u01B0\u1EDDng d\u1EABn (slug)';
        };
      }>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
  };
}

export interface ApiTrainingTraining extends Struct.CollectionTypeSchema {
  collectionName: 'trainings';
  info: {
    description: 'H\u1ED9i ngh\u1ECB, l\u1EDBp t\u1EADp hu\u1EA5n, \u0111\u1ED1i tho\u1EA1i v\u1EC1 CCHC';
    displayName: 'H\u1ED9i ngh\u1ECB, t\u1EADp hu\u1EA5n';
    pluralName: 'trainings';
    singularName: 'training';
  };
  options: {
    draftAndPublish: true;
  };
  pluginOptions: {
    cchc: {
      defaultSortBy: 'startsAt';
      defaultSortOrder: 'DESC';
      listFields: ['id', 'title', 'kind', 'unit', 'startsAt', 'location', 'reviewStage'];
      mainField: 'title';
    };
  };
  attributes: {
    audience: Schema.Attribute.Text &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: 'Th\u00E0nh ph\u1EA7n tham d\u1EF1';
        };
      }>;
    campaign: Schema.Attribute.Relation<'manyToOne', 'api::campaign.campaign'> &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: 'Theo k\u1EBF ho\u1EA1ch, v\u0103n b\u1EA3n';
        };
      }>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    description: Schema.Attribute.Text &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: 'N\u1ED9i dung';
        };
      }>;
    endsAt: Schema.Attribute.DateTime &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          description: 'Kh\u00F4ng \u0111\u01B0\u1EE3c tr\u01B0\u1EDBc th\u1EDDi \u0111i\u1EC3m b\u1EAFt \u0111\u1EA7u';
          label: 'K\u1EBFt th\u00FAc';
          notBefore: 'startsAt';
        };
      }>;
    kind: Schema.Attribute.Enumeration<['conference', 'training_class', 'dialogue']> &
      Schema.Attribute.Required &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          description: 'conference: h\u1ED9i ngh\u1ECB; training_class: l\u1EDBp t\u1EADp hu\u1EA5n; dialogue: \u0111\u1ED1i tho\u1EA1i';
          label: 'H\u00ECnh th\u1EE9c';
        };
      }> &
      Schema.Attribute.DefaultTo<'conference'>;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'api::training.training'> &
      Schema.Attribute.Private;
    location: Schema.Attribute.String &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: '\u0110\u1ECBa \u0111i\u1EC3m';
        };
      }> &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 255;
      }>;
    materials: Schema.Attribute.Media<'files' | 'images' | 'videos', true> &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: 'T\u00E0i li\u1EC7u h\u1ED9i ngh\u1ECB';
        };
      }>;
    participantsActual: Schema.Attribute.Integer &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: 'S\u1ED1 ng\u01B0\u1EDDi th\u1EF1c t\u1EBF';
        };
      }> &
      Schema.Attribute.SetMinMax<
        {
          min: 0;
        },
        number
      >;
    participantsPlanned: Schema.Attribute.Integer &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: 'S\u1ED1 ng\u01B0\u1EDDi d\u1EF1 ki\u1EBFn';
        };
      }> &
      Schema.Attribute.SetMinMax<
        {
          min: 0;
        },
        number
      >;
    publishAt: Schema.Attribute.DateTime &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          description: '\u0110\u1EBFn gi\u1EDD n\u00E0y, n\u1EBFu \u0111\u00E3 \u0111\u01B0\u1EE3c duy\u1EC7t, h\u1EC7 th\u1ED1ng t\u1EF1 xu\u1EA5t b\u1EA3n (gi\u1EDD Vi\u1EC7t Nam).';
          label: 'H\u1EB9n gi\u1EDD xu\u1EA5t b\u1EA3n';
        };
      }>;
    publishedAt: Schema.Attribute.DateTime;
    reviewStage: Schema.Attribute.Enumeration<['draft', 'submitted', 'approved', 'returned']> &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          description: 'draft: Nh\u00E1p; submitted: Ch\u1EDD duy\u1EC7t; approved: \u0110\u00E3 duy\u1EC7t; returned: Tr\u1EA3 l\u1EA1i. Ch\u1EC9 \u0111\u1ED5i b\u1EB1ng c\u00E1c n\u00FAt \u1EDF khung \u00ABDuy\u1EC7t n\u1ED9i dung\u00BB.';
          editable: false;
          hiddenInForm: true;
          label: 'B\u01B0\u1EDBc duy\u1EC7t';
        };
      }> &
      Schema.Attribute.DefaultTo<'draft'>;
    reviewStageAt: Schema.Attribute.DateTime &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          editable: false;
          hiddenInForm: true;
          label: 'Chuy\u1EC3n b\u01B0\u1EDBc l\u00FAc';
        };
      }>;
    slug: Schema.Attribute.UID<'title'> &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          description: 'T\u1EF1 sinh t\u1EEB t\u00EAn n\u1EBFu \u0111\u1EC3 tr\u1ED1ng';
          label: '\u0110\u01B0\u1EDDng d\u1EABn (slug)';
        };
      }>;
    startsAt: Schema.Attribute.DateTime &
      Schema.Attribute.Required &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: 'B\u1EAFt \u0111\u1EA7u';
        };
      }>;
    title: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: 'T\u00EAn h\u1ED9i ngh\u1ECB, l\u1EDBp';
        };
      }> &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 300;
      }>;
    topics: Schema.Attribute.Relation<'manyToMany', 'api::topic.topic'> &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: 'Chuy\u00EAn \u0111\u1EC1';
        };
      }>;
    unit: Schema.Attribute.Relation<'manyToOne', 'api::unit.unit'> &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: '\u0110\u01A1n v\u1ECB t\u1ED5 ch\u1EE9c';
        };
      }>;
    unpublishAt: Schema.Attribute.DateTime &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          description: '\u0110\u1EBFn gi\u1EDD n\u00E0y h\u1EC7 th\u1ED1ng t\u1EF1 g\u1EE1 n\u1ED9i dung kh\u1ECFi trang (gi\u1EDD Vi\u1EC7t Nam).';
          label: 'H\u1EB9n gi\u1EDD g\u1EE1';
          notBefore: 'publishAt';
        };
      }>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
  };
}

export interface ApiUnitReportUnitReport extends Struct.CollectionTypeSchema {
  collectionName: 'unit_reports';
  info: {
    description: 'B\u00E1o c\u00E1o k\u1EBFt qu\u1EA3 tuy\u00EAn truy\u1EC1n CCHC c\u1EE7a \u0111\u01A1n v\u1ECB theo k\u1EF3; kh\u00F4ng c\u00F4ng khai';
    displayName: 'B\u00E1o c\u00E1o k\u1EBFt qu\u1EA3';
    pluralName: 'unit-reports';
    singularName: 'unit-report';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    cchc: {
      defaultSortBy: 'updatedAt';
      defaultSortOrder: 'DESC';
      listFields: ['id', 'unit', 'periodLabel', 'campaign', 'reportStatus', 'dueOn', 'submittedAt'];
      mainField: 'periodLabel';
    };
  };
  attributes: {
    campaign: Schema.Attribute.Relation<'manyToOne', 'api::campaign.campaign'> &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: 'Theo k\u1EBF ho\u1EA1ch, v\u0103n b\u1EA3n';
        };
      }>;
    computedCounts: Schema.Attribute.Component<'report.activity-counts', false> &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          description: '\u0110\u1EBFm t\u1EEB tin, b\u00E0i \u0111\u00E3 xu\u1EA5t b\u1EA3n, ch\u01B0\u01A1ng tr\u00ECnh \u0111\u00E3 ph\u00E1t, t\u00E0i li\u1EC7u, h\u1ED9i ngh\u1ECB v\u00E0 b\u00E0i m\u1EA1ng x\u00E3 h\u1ED9i c\u1EE7a \u0111\u01A1n v\u1ECB trong k\u1EF3; t\u00EDnh l\u1EA1i m\u1ED7i l\u1EA7n l\u01B0u cho \u0111\u1EBFn khi g\u1EEDi';
          editable: false;
          label: 'S\u1ED1 h\u1EC7 th\u1ED1ng t\u1EF1 t\u1ED5ng h\u1EE3p';
        };
      }>;
    corrections: Schema.Attribute.Component<'report.count-correction', true> &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          description: 'Ch\u1EC9 khi s\u1ED1 th\u1EF1c t\u1EBF kh\u00E1c s\u1ED1 h\u1EC7 th\u1ED1ng; b\u1EAFt bu\u1ED9c ghi l\u00FD do';
          label: '\u0110i\u1EC1u ch\u1EC9nh s\u1ED1 li\u1EC7u';
        };
      }>;
    countedAt: Schema.Attribute.DateTime &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          editable: false;
          label: 'T\u1ED5ng h\u1EE3p l\u00FAc';
        };
      }>;
    counts: Schema.Attribute.Component<'report.activity-counts', false> &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          description: 'S\u1ED1 h\u1EC7 th\u1ED1ng t\u1EF1 t\u1ED5ng h\u1EE3p, thay b\u1EB1ng s\u1ED1 \u0111\u00E3 \u0111i\u1EC1u ch\u1EC9nh (n\u1EBFu c\u00F3)';
          editable: false;
          label: 'S\u1ED1 li\u1EC7u b\u00E1o c\u00E1o';
        };
      }>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    decidedAt: Schema.Attribute.DateTime &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          editable: false;
          label: 'Th\u1EDDi \u0111i\u1EC3m ti\u1EBFp nh\u1EADn / tr\u1EA3 l\u1EA1i';
        };
      }>;
    difficulties: Schema.Attribute.Blocks &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: 'Kh\u00F3 kh\u0103n, v\u01B0\u1EDBng m\u1EAFc';
        };
      }>;
    dueOn: Schema.Attribute.Date &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          editable: false;
          label: 'H\u1EA1n g\u1EEDi';
        };
      }>;
    evidence: Schema.Attribute.Component<'report.evidence', true> &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: 'T\u00E0i li\u1EC7u ki\u1EC3m ch\u1EE9ng';
        };
      }>;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'api::unit-report.unit-report'> &
      Schema.Attribute.Private;
    periodEnd: Schema.Attribute.Date &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: '\u0110\u1EBFn ng\u00E0y';
          notBefore: 'periodStart';
        };
      }>;
    periodKey: Schema.Attribute.String &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          editable: false;
          label: 'M\u00E3 k\u1EF3';
        };
      }> &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 40;
      }>;
    periodLabel: Schema.Attribute.String &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          description: 'V\u00ED d\u1EE5: Qu\u00FD IV/2026, Th\u00E1ng 11/2026, 6 th\u00E1ng \u0111\u1EA7u n\u0103m 2026, N\u0103m 2026. T\u1EEB ng\u00E0y, \u0111\u1EBFn ng\u00E0y t\u1EF1 \u0111i\u1EC1n theo k\u1EF3';
          label: 'K\u1EF3 b\u00E1o c\u00E1o';
        };
      }> &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 60;
      }>;
    periodStart: Schema.Attribute.Date &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: 'T\u1EEB ng\u00E0y';
        };
      }>;
    proposals: Schema.Attribute.Blocks &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: '\u0110\u1EC1 xu\u1EA5t, ki\u1EBFn ngh\u1ECB';
        };
      }>;
    publishedAt: Schema.Attribute.DateTime;
    reportStatus: Schema.Attribute.Enumeration<['draft', 'submitted', 'accepted', 'returned']> &
      Schema.Attribute.Required &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          description: 'draft: nh\u00E1p; submitted: \u0111\u00E3 g\u1EEDi; accepted: \u0111\u00E3 ti\u1EBFp nh\u1EADn; returned: tr\u1EA3 l\u1EA1i';
          editable: false;
          label: 'Tr\u1EA1ng th\u00E1i';
        };
      }> &
      Schema.Attribute.DefaultTo<'draft'>;
    results: Schema.Attribute.Blocks &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: 'K\u1EBFt qu\u1EA3 th\u1EF1c hi\u1EC7n';
        };
      }>;
    returnReason: Schema.Attribute.Text &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          editable: false;
          label: 'L\u00FD do tr\u1EA3 l\u1EA1i';
        };
      }>;
    sources: Schema.Attribute.JSON &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          editable: false;
          hiddenInForm: true;
          label: 'Danh s\u00E1ch minh ch\u1EE9ng';
        };
      }>;
    submittedAt: Schema.Attribute.DateTime &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          editable: false;
          label: 'Th\u1EDDi \u0111i\u1EC3m g\u1EEDi';
        };
      }>;
    title: Schema.Attribute.String &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          description: 'T\u1EF1 sinh t\u1EEB \u0111\u01A1n v\u1ECB v\u00E0 k\u1EF3 b\u00E1o c\u00E1o n\u1EBFu \u0111\u1EC3 tr\u1ED1ng';
          label: 'Ti\u00EAu \u0111\u1EC1';
        };
      }> &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 300;
      }>;
    unit: Schema.Attribute.Relation<'manyToOne', 'api::unit.unit'> &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: '\u0110\u01A1n v\u1ECB b\u00E1o c\u00E1o';
        };
      }>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
  };
}

export interface ApiUnitUnit extends Struct.CollectionTypeSchema {
  collectionName: 'units';
  info: {
    description: 'C\u01A1 quan, \u0111\u01A1n v\u1ECB, \u0111\u1ECBa ph\u01B0\u01A1ng trong c\u00E2y h\u00E0nh ch\u00EDnh (t\u1EC9nh, huy\u1EC7n, x\u00E3\u2026)';
    displayName: '\u0110\u01A1n v\u1ECB';
    pluralName: 'units';
    singularName: 'unit';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    cchc: {
      defaultSortBy: 'name';
      defaultSortOrder: 'ASC';
      listFields: ['id', 'name', 'level', 'kind', 'parent'];
      mainField: 'name';
    };
  };
  attributes: {
    administrativeCode: Schema.Attribute.String &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          description: 'M\u00E3 theo danh m\u1EE5c h\u00E0nh ch\u00EDnh Vi\u1EC7t Nam, v\u00ED d\u1EE5 18.10.1234';
          label: 'M\u00E3 \u0111\u01A1n v\u1ECB h\u00E0nh ch\u00EDnh';
        };
      }> &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 20;
      }>;
    children: Schema.Attribute.Relation<'oneToMany', 'api::unit.unit'> &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: '\u0110\u01A1n v\u1ECB tr\u1EF1c thu\u1ED9c';
        };
      }>;
    contact: Schema.Attribute.Component<'shared.contact', false> &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: 'Li\u00EAn h\u1EC7';
        };
      }>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    depth: Schema.Attribute.Integer &
      Schema.Attribute.Private &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          editable: false;
          label: 'C\u1EA5p trong c\u00E2y';
        };
      }>;
    itemUrlPattern: Schema.Attribute.String &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          description: '\u0110\u1ECBa ch\u1EC9 c\u00F4ng khai c\u1EE7a m\u1ED9t b\u00E0i tr\u00EAn trang c\u1EE7a \u0111\u01A1n v\u1ECB, d\u00F9ng cho RSS v\u00E0 l\u1ECBch. V\u00ED d\u1EE5 https://sontay.huongson.gov.vn/{type}/{slug}; c\u00F3 th\u1EC3 d\u00F9ng {type}, {slug}, {documentId}, {site}';
          label: 'M\u1EABu \u0111\u01B0\u1EDDng d\u1EABn b\u00E0i tr\u00EAn trang';
        };
      }> &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 500;
      }>;
    kind: Schema.Attribute.Enumeration<
      [
        'people_committee',
        'office',
        'mass_organisation',
        'agency',
        'culture_communication_center',
        'party_committee',
        'other',
      ]
    > &
      Schema.Attribute.Required &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          description: 'people_committee: UBND; office: ph\u00F2ng, ban chuy\u00EAn m\u00F4n; mass_organisation: \u0111o\u00E0n th\u1EC3; agency: c\u01A1 quan \u0111\u00F3ng tr\u00EAn \u0111\u1ECBa b\u00E0n; culture_communication_center: Trung t\u00E2m VH-TT; party_committee: c\u01A1 quan \u0110\u1EA3ng';
          label: 'Lo\u1EA1i \u0111\u01A1n v\u1ECB';
        };
      }> &
      Schema.Attribute.DefaultTo<'people_committee'>;
    level: Schema.Attribute.Enumeration<
      ['province', 'district', 'commune', 'special_zone', 'other']
    > &
      Schema.Attribute.Required &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          description: 'province: t\u1EC9nh/th\u00E0nh ph\u1ED1; district: huy\u1EC7n/qu\u1EADn/th\u1ECB x\u00E3; commune: x\u00E3/ph\u01B0\u1EDDng/th\u1ECB tr\u1EA5n; special_zone: \u0111\u1EB7c khu; other: kh\u00E1c. C\u1EA5p l\u00E0 thu\u1ED9c t\u00EDnh, kh\u00F4ng ph\u1EA3i \u0111\u1ED9 s\u00E2u c\u1EE7a c\u00E2y: sau 2025 x\u00E3 tr\u1EF1c thu\u1ED9c th\u1EB3ng t\u1EC9nh';
          label: 'C\u1EA5p h\u00E0nh ch\u00EDnh';
        };
      }> &
      Schema.Attribute.DefaultTo<'commune'>;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'api::unit.unit'> &
      Schema.Attribute.Private;
    name: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          description: 'V\u00ED d\u1EE5: UBND x\u00E3 S\u01A1n T\u00E2y';
          label: 'T\u00EAn \u0111\u01A1n v\u1ECB';
        };
      }> &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 255;
      }>;
    parent: Schema.Attribute.Relation<'manyToOne', 'api::unit.unit'> &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: '\u0110\u01A1n v\u1ECB c\u1EA5p tr\u00EAn';
        };
      }>;
    path: Schema.Attribute.String &
      Schema.Attribute.Private &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          description: 'T\u1EF1 t\u00EDnh t\u1EEB \u0111\u01A1n v\u1ECB c\u1EA5p tr\u00EAn; d\u00F9ng \u0111\u1EC3 x\u00E1c \u0111\u1ECBnh c\u00E1c \u0111\u01A1n v\u1ECB tr\u1EF1c thu\u1ED9c';
          editable: false;
          label: '\u0110\u01B0\u1EDDng d\u1EABn c\u00E2y';
        };
      }>;
    publishedAt: Schema.Attribute.DateTime;
    shortName: Schema.Attribute.String &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          description: 'V\u00ED d\u1EE5: Ph\u00F2ng VHTT';
          label: 'T\u00EAn vi\u1EBFt t\u1EAFt';
        };
      }> &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 120;
      }>;
    slug: Schema.Attribute.UID<'name'> &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          description: 'T\u1EF1 sinh t\u1EEB t\u00EAn n\u1EBFu \u0111\u1EC3 tr\u1ED1ng';
          label: '\u0110\u01B0\u1EDDng d\u1EABn (slug)';
        };
      }>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    websiteUrl: Schema.Attribute.String &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          description: '\u0110\u1ECBa ch\u1EC9 c\u1ED5ng/trang th\u00F4ng tin c\u1EE7a \u0111\u01A1n v\u1ECB, b\u1EAFt \u0111\u1EA7u b\u1EB1ng https://';
          label: 'Trang th\u00F4ng tin \u0111i\u1EC7n t\u1EED';
        };
      }> &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 500;
      }>;
  };
}

export interface PluginCchcAuditEntry extends Struct.CollectionTypeSchema {
  collectionName: 'cchc_audit_entries';
  info: {
    description: 'Ghi l\u1EA1i m\u1ECDi thao t\u00E1c t\u1EA1o, s\u1EEDa, x\u00F3a, xu\u1EA5t b\u1EA3n; ch\u1EC9 th\u00EAm, kh\u00F4ng s\u1EEDa, kh\u00F4ng x\u00F3a';
    displayName: 'Nh\u1EADt k\u00FD thao t\u00E1c';
    pluralName: 'audit-entries';
    singularName: 'audit-entry';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    cchc: {
      defaultSortBy: 'occurredAt';
      defaultSortOrder: 'DESC';
      listFields: [
        'id',
        'occurredAt',
        'action',
        'contentType',
        'summary',
        'actorLabel',
        'unitName',
      ];
      mainField: 'summary';
    };
    'content-manager': {
      visible: true;
    };
    'content-type-builder': {
      visible: false;
    };
  };
  attributes: {
    action: Schema.Attribute.Enumeration<
      ['create', 'update', 'delete', 'publish', 'unpublish', 'discard', 'transition', 'role']
    > &
      Schema.Attribute.Required &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          description: 'create: t\u1EA1o; update: s\u1EEDa; delete: x\u00F3a; publish: xu\u1EA5t b\u1EA3n; unpublish: g\u1EE1; discard: b\u1ECF b\u1EA3n nh\u00E1p; transition: chuy\u1EC3n b\u01B0\u1EDBc duy\u1EC7t; role: vai tr\u00F2, quy\u1EC1n';
          label: 'Thao t\u00E1c';
        };
      }>;
    actorId: Schema.Attribute.String &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: 'M\u00E3 ng\u01B0\u1EDDi thao t\u00E1c';
        };
      }>;
    actorLabel: Schema.Attribute.String &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: 'Ng\u01B0\u1EDDi thao t\u00E1c';
        };
      }>;
    actorType: Schema.Attribute.Enumeration<['admin', 'api-token', 'user', 'public', 'system']> &
      Schema.Attribute.Required &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: 'Lo\u1EA1i ng\u01B0\u1EDDi thao t\u00E1c';
        };
      }>;
    changedFields: Schema.Attribute.JSON &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: 'Tr\u01B0\u1EDDng thay \u0111\u1ED5i';
        };
      }>;
    changes: Schema.Attribute.JSON &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          description: 'Ch\u1EC9 v\u1EDBi c\u00E1c tr\u01B0\u1EDDng ng\u1EAFn';
          label: 'Gi\u00E1 tr\u1ECB tr\u01B0\u1EDBc, sau';
        };
      }>;
    comment: Schema.Attribute.Text &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          description: '\u00DD ki\u1EBFn k\u00E8m khi chuy\u1EC3n b\u01B0\u1EDBc duy\u1EC7t (l\u00FD do tr\u1EA3 l\u1EA1i)';
          label: '\u00DD ki\u1EBFn';
        };
      }>;
    contentType: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: 'Lo\u1EA1i n\u1ED9i dung';
        };
      }>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    ip: Schema.Attribute.String &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: '\u0110\u1ECBa ch\u1EC9 IP';
        };
      }>;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'plugin::cchc.audit-entry'> &
      Schema.Attribute.Private;
    occurredAt: Schema.Attribute.DateTime &
      Schema.Attribute.Required &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: 'Th\u1EDDi \u0111i\u1EC3m';
        };
      }>;
    publishedAt: Schema.Attribute.DateTime;
    requestId: Schema.Attribute.String &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: 'M\u00E3 y\u00EAu c\u1EA7u';
        };
      }>;
    summary: Schema.Attribute.String &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: 'T\u00EAn m\u1EE5c';
        };
      }> &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 300;
      }>;
    targetDocumentId: Schema.Attribute.String &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: 'M\u00E3 t\u00E0i li\u1EC7u (documentId)';
        };
      }>;
    unit: Schema.Attribute.Relation<'manyToOne', 'api::unit.unit'> &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: '\u0110\u01A1n v\u1ECB';
        };
      }>;
    unitName: Schema.Attribute.String &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: 'T\u00EAn \u0111\u01A1n v\u1ECB (l\u00FAc ghi)';
        };
      }>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
  };
}

export interface PluginCchcReportReminder extends Struct.CollectionTypeSchema {
  collectionName: 'cchc_report_reminders';
  info: {
    description: 'Th\u01B0 nh\u1EAFc \u0111\u01A1n v\u1ECB ch\u01B0a g\u1EEDi ho\u1EB7c b\u1ECB tr\u1EA3 l\u1EA1i b\u00E1o c\u00E1o k\u1EBFt qu\u1EA3; h\u1EC7 th\u1ED1ng t\u1EF1 ghi khi g\u1EEDi theo l\u1ECBch ho\u1EB7c theo y\u00EAu c\u1EA7u';
    displayName: '\u0110\u00F4n \u0111\u1ED1c b\u00E1o c\u00E1o';
    pluralName: 'report-reminders';
    singularName: 'report-reminder';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    cchc: {
      defaultSortBy: 'createdAt';
      defaultSortOrder: 'DESC';
      listFields: ['id', 'createdAt', 'unit', 'periodLabel', 'kind', 'reason', 'status', 'sentAt'];
      mainField: 'subject';
    };
    'content-manager': {
      visible: true;
    };
    'content-type-builder': {
      visible: false;
    };
  };
  attributes: {
    attempts: Schema.Attribute.Integer &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: 'S\u1ED1 l\u1EA7n \u0111\u00E3 th\u1EED';
        };
      }> &
      Schema.Attribute.DefaultTo<0>;
    campaign: Schema.Attribute.Relation<'manyToOne', 'api::campaign.campaign'> &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: 'K\u1EBF ho\u1EA1ch';
        };
      }>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    dedupeKey: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.Private &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: 'Kh\u00F3a ch\u1ED1ng tr\u00F9ng';
        };
      }>;
    dueOn: Schema.Attribute.Date &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: 'H\u1EA1n g\u1EEDi';
        };
      }>;
    kind: Schema.Attribute.Enumeration<['scheduled', 'manual']> &
      Schema.Attribute.Required &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          description: 'scheduled: theo l\u1ECBch; manual: theo y\u00EAu c\u1EA7u c\u1EE7a c\u00E1n b\u1ED9';
          label: 'H\u00ECnh th\u1EE9c';
        };
      }> &
      Schema.Attribute.DefaultTo<'scheduled'>;
    lastError: Schema.Attribute.Text &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: 'L\u1ED7i g\u1EA7n nh\u1EA5t';
        };
      }>;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'plugin::cchc.report-reminder'> &
      Schema.Attribute.Private;
    lockedBy: Schema.Attribute.String &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: 'M\u00E1y ch\u1EE7 \u0111ang g\u1EEDi';
        };
      }>;
    lockedUntil: Schema.Attribute.DateTime &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: 'Gi\u1EEF \u0111\u1EBFn';
        };
      }>;
    nextAttemptAt: Schema.Attribute.DateTime &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: 'Th\u1EED l\u1EA1i l\u00FAc';
        };
      }>;
    periodKey: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: 'M\u00E3 k\u1EF3';
        };
      }>;
    periodLabel: Schema.Attribute.String &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: 'K\u1EF3 b\u00E1o c\u00E1o';
        };
      }>;
    publishedAt: Schema.Attribute.DateTime;
    reason: Schema.Attribute.Enumeration<['missing', 'draft', 'returned']> &
      Schema.Attribute.Required &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          description: 'missing: ch\u01B0a c\u00F3 b\u00E1o c\u00E1o; draft: ch\u01B0a g\u1EEDi; returned: b\u1ECB tr\u1EA3 l\u1EA1i';
          label: 'L\u00FD do nh\u1EAFc';
        };
      }> &
      Schema.Attribute.DefaultTo<'missing'>;
    recipients: Schema.Attribute.Text &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: 'Ng\u01B0\u1EDDi nh\u1EADn';
        };
      }>;
    requestedBy: Schema.Attribute.String &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: 'Ng\u01B0\u1EDDi y\u00EAu c\u1EA7u';
        };
      }>;
    sentAt: Schema.Attribute.DateTime &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: 'G\u1EEDi l\u00FAc';
        };
      }>;
    status: Schema.Attribute.Enumeration<['pending', 'running', 'sent', 'skipped', 'failed']> &
      Schema.Attribute.Required &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          description: 'pending: ch\u1EDD g\u1EEDi; running: \u0111ang g\u1EEDi; sent: \u0111\u00E3 g\u1EEDi; skipped: kh\u00F4ng c\u1EA7n g\u1EEDi (\u0111\u01A1n v\u1ECB \u0111\u00E3 b\u00E1o c\u00E1o); failed: l\u1ED7i';
          label: 'Tr\u1EA1ng th\u00E1i';
        };
      }> &
      Schema.Attribute.DefaultTo<'pending'>;
    subject: Schema.Attribute.String &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: 'Ti\u00EAu \u0111\u1EC1 th\u01B0';
        };
      }> &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 300;
      }>;
    unit: Schema.Attribute.Relation<'manyToOne', 'api::unit.unit'> &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: '\u0110\u01A1n v\u1ECB \u0111\u01B0\u1EE3c nh\u1EAFc';
        };
      }>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
  };
}

export interface PluginCchcScheduledJob extends Struct.CollectionTypeSchema {
  collectionName: 'cchc_scheduled_jobs';
  info: {
    description: 'Vi\u1EC7c h\u1EB9n gi\u1EDD xu\u1EA5t b\u1EA3n, g\u1EE1 n\u1ED9i dung: tr\u1EA1ng th\u00E1i, s\u1ED1 l\u1EA7n th\u1EED, l\u1ED7i g\u1EA7n nh\u1EA5t; do h\u1EC7 th\u1ED1ng t\u1EF1 ghi';
    displayName: 'L\u1ECBch h\u1EB9n gi\u1EDD';
    pluralName: 'scheduled-jobs';
    singularName: 'scheduled-job';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    cchc: {
      defaultSortBy: 'dueAt';
      defaultSortOrder: 'DESC';
      listFields: ['id', 'dueAt', 'kind', 'summary', 'status', 'attempts', 'lastError', 'unitName'];
      mainField: 'summary';
    };
    'content-manager': {
      visible: true;
    };
    'content-type-builder': {
      visible: false;
    };
  };
  attributes: {
    attempts: Schema.Attribute.Integer &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: 'S\u1ED1 l\u1EA7n \u0111\u00E3 th\u1EED';
        };
      }> &
      Schema.Attribute.DefaultTo<0>;
    contentType: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: 'Lo\u1EA1i n\u1ED9i dung';
        };
      }>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    dueAt: Schema.Attribute.DateTime &
      Schema.Attribute.Required &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: '\u0110\u1EBFn h\u1EA1n l\u00FAc';
        };
      }>;
    finishedAt: Schema.Attribute.DateTime &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: 'Xong l\u00FAc';
        };
      }>;
    kind: Schema.Attribute.Enumeration<['publish', 'unpublish']> &
      Schema.Attribute.Required &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          description: 'publish: xu\u1EA5t b\u1EA3n; unpublish: g\u1EE1';
          label: 'Vi\u1EC7c';
        };
      }>;
    lastError: Schema.Attribute.Text &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: 'L\u1ED7i g\u1EA7n nh\u1EA5t';
        };
      }>;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'plugin::cchc.scheduled-job'> &
      Schema.Attribute.Private;
    lockedBy: Schema.Attribute.String &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: 'M\u00E1y ch\u1EE7 \u0111ang ch\u1EA1y';
        };
      }>;
    lockedUntil: Schema.Attribute.DateTime &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: 'Gi\u1EEF vi\u1EC7c \u0111\u1EBFn';
        };
      }>;
    nextAttemptAt: Schema.Attribute.DateTime &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: 'Th\u1EED l\u1EA1i l\u00FAc';
        };
      }>;
    publishedAt: Schema.Attribute.DateTime;
    status: Schema.Attribute.Enumeration<
      ['pending', 'waiting', 'running', 'done', 'failed', 'cancelled']
    > &
      Schema.Attribute.Required &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          description: 'pending: ch\u1EDD \u0111\u1EBFn gi\u1EDD; waiting: \u0111\u1EBFn gi\u1EDD nh\u01B0ng n\u1ED9i dung ch\u01B0a \u0111\u01B0\u1EE3c duy\u1EC7t; running: \u0111ang ch\u1EA1y; done: xong; failed: l\u1ED7i, \u0111\u00E3 h\u1EBFt s\u1ED1 l\u1EA7n th\u1EED; cancelled: \u0111\u00E3 h\u1EE7y';
          label: 'Tr\u1EA1ng th\u00E1i';
        };
      }> &
      Schema.Attribute.DefaultTo<'pending'>;
    summary: Schema.Attribute.String &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: 'T\u00EAn m\u1EE5c';
        };
      }> &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 300;
      }>;
    targetDocumentId: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: 'M\u00E3 t\u00E0i li\u1EC7u (documentId)';
        };
      }>;
    unit: Schema.Attribute.Relation<'manyToOne', 'api::unit.unit'> &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: '\u0110\u01A1n v\u1ECB';
        };
      }>;
    unitName: Schema.Attribute.String &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: 'T\u00EAn \u0111\u01A1n v\u1ECB';
        };
      }>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
  };
}

export interface PluginCchcSiteToken extends Struct.CollectionTypeSchema {
  collectionName: 'cchc_site_tokens';
  info: {
    description: 'M\u00E3 \u0111\u1EC3 trang th\u00F4ng tin c\u1EE7a m\u1ED9t \u0111\u01A1n v\u1ECB \u0111\u1ECDc n\u1ED9i dung c\u1EE7a trang m\u00ECnh qua API; c\u00F3 th\u1EC3 cho xem tr\u01B0\u1EDBc b\u1EA3n nh\u00E1p c\u1EE7a \u0111\u01A1n v\u1ECB';
    displayName: 'M\u00E3 truy c\u1EADp trang';
    pluralName: 'site-tokens';
    singularName: 'site-token';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    cchc: {
      listFields: [
        'id',
        'name',
        'unit',
        'keyPrefix',
        'canPreviewDrafts',
        'expiresAt',
        'lastUsedAt',
      ];
      mainField: 'name';
    };
    'content-manager': {
      visible: true;
    };
    'content-type-builder': {
      visible: false;
    };
  };
  attributes: {
    canPreviewDrafts: Schema.Attribute.Boolean &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          description: 'Ch\u1EC9 b\u1EA3n nh\u00E1p c\u1EE7a ch\u00EDnh \u0111\u01A1n v\u1ECB n\u00E0y, kh\u00F4ng bao gi\u1EDD c\u1EE7a \u0111\u01A1n v\u1ECB kh\u00E1c';
          label: 'Cho xem tr\u01B0\u1EDBc b\u1EA3n nh\u00E1p';
        };
      }> &
      Schema.Attribute.DefaultTo<false>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    expiresAt: Schema.Attribute.DateTime &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          description: '\u0110\u1EC3 tr\u1ED1ng: kh\u00F4ng h\u1EBFt h\u1EA1n';
          label: 'H\u1EBFt h\u1EA1n l\u00FAc';
        };
      }>;
    keyHash: Schema.Attribute.String &
      Schema.Attribute.Private &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 128;
      }>;
    keyPrefix: Schema.Attribute.String &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          description: 'Ph\u1EA7n \u0111\u1EA7u c\u1EE7a m\u00E3 \u0111\u1EC3 nh\u1EADn ra; m\u00E3 \u0111\u1EA7y \u0111\u1EE7 ch\u1EC9 hi\u1EC7n m\u1ED9t l\u1EA7n khi t\u1EA1o';
          editable: false;
          label: 'M\u00E3 b\u1EAFt \u0111\u1EA7u b\u1EB1ng';
        };
      }> &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 20;
      }>;
    lastUsedAt: Schema.Attribute.DateTime &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          editable: false;
          label: 'D\u00F9ng l\u1EA7n cu\u1ED1i';
        };
      }>;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'plugin::cchc.site-token'> &
      Schema.Attribute.Private;
    name: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          description: 'V\u00ED d\u1EE5: Trang th\u00F4ng tin x\u00E3 S\u01A1n T\u00E2y';
          label: 'T\u00EAn';
        };
      }> &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 120;
      }>;
    publishedAt: Schema.Attribute.DateTime;
    unit: Schema.Attribute.Relation<'manyToOne', 'api::unit.unit'> &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          description: 'M\u00E3 ch\u1EC9 \u0111\u1ECDc \u0111\u01B0\u1EE3c n\u1ED9i dung c\u1EE7a trang \u0111\u01A1n v\u1ECB n\u00E0y';
          label: '\u0110\u01A1n v\u1ECB (trang)';
        };
      }>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
  };
}

export interface PluginCchcSocialPost extends Struct.CollectionTypeSchema {
  collectionName: 'cchc_social_posts';
  info: {
    description: 'B\u00E0i ch\u1EDD \u0111\u0103ng l\u00EAn c\u00E1c k\u00EAnh m\u1EA1ng x\u00E3 h\u1ED9i khi n\u1ED9i dung \u0111\u01B0\u1EE3c xu\u1EA5t b\u1EA3n; c\u00F4ng c\u1EE5 \u0111\u0103ng b\u00E0i nh\u1EADn v\u00E0 b\u00E1o k\u1EBFt qu\u1EA3 qua API';
    displayName: 'H\u00E0ng \u0111\u1EE3i m\u1EA1ng x\u00E3 h\u1ED9i';
    pluralName: 'social-posts';
    singularName: 'social-post';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    cchc: {
      defaultSortBy: 'scheduledAt';
      defaultSortOrder: 'DESC';
      listFields: [
        'id',
        'scheduledAt',
        'summary',
        'channelName',
        'status',
        'attempts',
        'externalId',
        'lastError',
      ];
      mainField: 'summary';
    };
    'content-manager': {
      visible: true;
    };
    'content-type-builder': {
      visible: false;
    };
  };
  attributes: {
    attempts: Schema.Attribute.Integer &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: 'S\u1ED1 l\u1EA7n \u0111\u00E3 th\u1EED';
        };
      }> &
      Schema.Attribute.DefaultTo<0>;
    channel: Schema.Attribute.Relation<'manyToOne', 'api::social-channel.social-channel'> &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: 'K\u00EAnh';
        };
      }>;
    channelName: Schema.Attribute.String &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: 'T\u00EAn k\u00EAnh';
        };
      }>;
    contentType: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: 'Lo\u1EA1i n\u1ED9i dung';
        };
      }>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    dedupeKey: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.Private &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: 'Kh\u00F3a ch\u1ED1ng tr\u00F9ng';
        };
      }>;
    externalId: Schema.Attribute.String &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: 'M\u00E3 b\u00E0i tr\u00EAn m\u1EA1ng x\u00E3 h\u1ED9i';
        };
      }>;
    hashtags: Schema.Attribute.String &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: 'Hashtag';
        };
      }>;
    imageUrl: Schema.Attribute.String &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: '\u1EA2nh';
        };
      }>;
    lastError: Schema.Attribute.Text &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: 'L\u1ED7i g\u1EA7n nh\u1EA5t';
        };
      }>;
    leaseOwner: Schema.Attribute.String &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: 'C\u00F4ng c\u1EE5 \u0111ang gi\u1EEF';
        };
      }>;
    leaseUntil: Schema.Attribute.DateTime &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: 'Gi\u1EEF \u0111\u1EBFn';
        };
      }>;
    link: Schema.Attribute.String &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: '\u0110\u01B0\u1EDDng d\u1EABn';
        };
      }>;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'plugin::cchc.social-post'> &
      Schema.Attribute.Private;
    message: Schema.Attribute.Text &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: 'N\u1ED9i dung b\u00E0i \u0111\u0103ng';
        };
      }>;
    nextAttemptAt: Schema.Attribute.DateTime &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: 'Th\u1EED l\u1EA1i l\u00FAc';
        };
      }>;
    postedAt: Schema.Attribute.DateTime &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: '\u0110\u0103ng l\u00FAc';
        };
      }>;
    publishedAt: Schema.Attribute.DateTime;
    scheduledAt: Schema.Attribute.DateTime &
      Schema.Attribute.Required &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: '\u0110\u0103ng t\u1EEB l\u00FAc';
        };
      }>;
    status: Schema.Attribute.Enumeration<['pending', 'leased', 'posted', 'failed', 'cancelled']> &
      Schema.Attribute.Required &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          description: 'pending: ch\u1EDD \u0111\u0103ng; leased: c\u00F4ng c\u1EE5 \u0111ang \u0111\u0103ng; posted: \u0111\u00E3 \u0111\u0103ng; failed: l\u1ED7i, h\u1EBFt s\u1ED1 l\u1EA7n th\u1EED; cancelled: \u0111\u00E3 h\u1EE7y v\u00EC n\u1ED9i dung b\u1ECB g\u1EE1';
          label: 'Tr\u1EA1ng th\u00E1i';
        };
      }> &
      Schema.Attribute.DefaultTo<'pending'>;
    summary: Schema.Attribute.String &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: 'T\u00EAn m\u1EE5c';
        };
      }> &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 300;
      }>;
    targetDocumentId: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: 'M\u00E3 t\u00E0i li\u1EC7u (documentId)';
        };
      }>;
    unit: Schema.Attribute.Relation<'manyToOne', 'api::unit.unit'> &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: '\u0110\u01A1n v\u1ECB c\u1EE7a k\u00EAnh';
        };
      }>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
  };
}

export interface PluginCchcSpeechJob extends Struct.CollectionTypeSchema {
  collectionName: 'cchc_speech_jobs';
  info: {
    description: 'Vi\u1EC7c t\u1EA1o t\u1EC7p \u00E2m thanh ti\u1EBFng Vi\u1EC7t t\u1EEB k\u1ECBch b\u1EA3n ph\u00E1t thanh \u0111\u00E3 xu\u1EA5t b\u1EA3n; ch\u1EA1y n\u1EC1n, do h\u1EC7 th\u1ED1ng t\u1EF1 ghi';
    displayName: 'T\u1EA1o \u00E2m thanh \u0111\u1ECDc';
    pluralName: 'speech-jobs';
    singularName: 'speech-job';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    cchc: {
      defaultSortBy: 'createdAt';
      defaultSortOrder: 'DESC';
      listFields: [
        'id',
        'createdAt',
        'summary',
        'provider',
        'status',
        'durationSeconds',
        'lastError',
      ];
      mainField: 'summary';
    };
    'content-manager': {
      visible: true;
    };
    'content-type-builder': {
      visible: false;
    };
  };
  attributes: {
    attempts: Schema.Attribute.Integer &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: 'S\u1ED1 l\u1EA7n \u0111\u00E3 th\u1EED';
        };
      }> &
      Schema.Attribute.DefaultTo<0>;
    audio: Schema.Attribute.Media<'audios'> &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: 'T\u1EC7p \u00E2m thanh';
        };
      }>;
    contentType: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: 'Lo\u1EA1i n\u1ED9i dung';
        };
      }>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    durationSeconds: Schema.Attribute.Decimal &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: 'Th\u1EDDi l\u01B0\u1EE3ng (gi\u00E2y)';
        };
      }>;
    finishedAt: Schema.Attribute.DateTime &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: 'Xong l\u00FAc';
        };
      }>;
    lastError: Schema.Attribute.Text &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: 'L\u00FD do l\u1ED7i';
        };
      }>;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'plugin::cchc.speech-job'> &
      Schema.Attribute.Private;
    lockedBy: Schema.Attribute.String &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: 'M\u00E1y ch\u1EE7 \u0111ang ch\u1EA1y';
        };
      }>;
    lockedUntil: Schema.Attribute.DateTime &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: 'Gi\u1EEF \u0111\u1EBFn';
        };
      }>;
    nextAttemptAt: Schema.Attribute.DateTime &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: 'Th\u1EED l\u1EA1i l\u00FAc';
        };
      }>;
    provider: Schema.Attribute.String &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: 'B\u1ED9 \u0111\u1ECDc';
        };
      }>;
    publishedAt: Schema.Attribute.DateTime;
    status: Schema.Attribute.Enumeration<['pending', 'running', 'done', 'failed']> &
      Schema.Attribute.Required &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          description: 'pending: ch\u1EDD; running: \u0111ang t\u1EA1o; done: xong; failed: l\u1ED7i (xem l\u00FD do)';
          label: 'Tr\u1EA1ng th\u00E1i';
        };
      }> &
      Schema.Attribute.DefaultTo<'pending'>;
    summary: Schema.Attribute.String &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: 'Ch\u01B0\u01A1ng tr\u00ECnh';
        };
      }> &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 300;
      }>;
    targetDocumentId: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: 'M\u00E3 t\u00E0i li\u1EC7u (documentId)';
        };
      }>;
    textHash: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: 'D\u1EA5u c\u1EE7a v\u0103n b\u1EA3n';
        };
      }>;
    unit: Schema.Attribute.Relation<'manyToOne', 'api::unit.unit'> &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: '\u0110\u01A1n v\u1ECB';
        };
      }>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
  };
}

export interface PluginCchcUnitMembership extends Struct.CollectionTypeSchema {
  collectionName: 'cchc_unit_memberships';
  info: {
    description: 'T\u00E0i kho\u1EA3n qu\u1EA3n tr\u1ECB thu\u1ED9c \u0111\u01A1n v\u1ECB n\u00E0o; c\u00F3 th\u1EC3 gi\u1EDBi h\u1EA1n cho m\u1ED9t vai tr\u00F2 (v\u00ED d\u1EE5 bi\u00EAn t\u1EADp \u1EDF x\u00E3, duy\u1EC7t \u1EDF huy\u1EC7n)';
    displayName: 'Th\u00E0nh vi\u00EAn \u0111\u01A1n v\u1ECB';
    pluralName: 'unit-memberships';
    singularName: 'unit-membership';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    cchc: {
      listFields: ['id', 'user', 'unit', 'role'];
    };
    'content-manager': {
      visible: true;
    };
    'content-type-builder': {
      visible: false;
    };
  };
  attributes: {
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'plugin::cchc.unit-membership'> &
      Schema.Attribute.Private;
    note: Schema.Attribute.String &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: 'Ghi ch\u00FA';
        };
      }> &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 255;
      }>;
    publishedAt: Schema.Attribute.DateTime;
    role: Schema.Attribute.Relation<'manyToOne', 'admin::role'> &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          description: '\u0110\u1EC3 tr\u1ED1ng: \u00E1p d\u1EE5ng cho m\u1ECDi vai tr\u00F2 c\u1EE7a t\u00E0i kho\u1EA3n. Ch\u1ECDn m\u1ED9t vai tr\u00F2: \u0111\u01A1n v\u1ECB n\u00E0y ch\u1EC9 l\u00E0 ph\u1EA1m vi c\u1EE7a vai tr\u00F2 \u0111\u00F3';
          label: 'Ch\u1EC9 v\u1EDBi vai tr\u00F2';
        };
      }>;
    unit: Schema.Attribute.Relation<'manyToOne', 'api::unit.unit'> &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: '\u0110\u01A1n v\u1ECB';
        };
      }>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    user: Schema.Attribute.Relation<'manyToOne', 'admin::user'> &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: 'T\u00E0i kho\u1EA3n qu\u1EA3n tr\u1ECB';
        };
      }>;
  };
}

export interface PluginCchcWebhookDelivery extends Struct.CollectionTypeSchema {
  collectionName: 'cchc_webhook_deliveries';
  info: {
    description: 'M\u1ED7i l\u1EA7n g\u1EEDi th\u00F4ng b\u00E1o \u0111\u1EBFn m\u1ED9t \u0111\u1ECBa ch\u1EC9 nh\u1EADn: tr\u1EA1ng th\u00E1i, s\u1ED1 l\u1EA7n th\u1EED, l\u1ED7i g\u1EA7n nh\u1EA5t; do h\u1EC7 th\u1ED1ng t\u1EF1 ghi';
    displayName: 'Nh\u1EADt k\u00FD g\u1EEDi webhook';
    pluralName: 'webhook-deliveries';
    singularName: 'webhook-delivery';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    cchc: {
      defaultSortBy: 'createdAt';
      defaultSortOrder: 'DESC';
      listFields: [
        'id',
        'createdAt',
        'subscriptionName',
        'event',
        'status',
        'attempts',
        'lastStatusCode',
        'lastError',
      ];
      mainField: 'event';
    };
    'content-manager': {
      visible: true;
    };
    'content-type-builder': {
      visible: false;
    };
  };
  attributes: {
    attempts: Schema.Attribute.Integer &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: 'S\u1ED1 l\u1EA7n \u0111\u00E3 th\u1EED';
        };
      }> &
      Schema.Attribute.DefaultTo<0>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    deliveredAt: Schema.Attribute.DateTime &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: '\u0110\u00E3 nh\u1EADn l\u00FAc';
        };
      }>;
    deliveryId: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: 'M\u00E3 l\u1EA7n g\u1EEDi (X-CCHC-Delivery)';
        };
      }>;
    event: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: 'S\u1EF1 ki\u1EC7n';
        };
      }>;
    lastError: Schema.Attribute.Text &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: 'L\u1ED7i g\u1EA7n nh\u1EA5t';
        };
      }>;
    lastStatusCode: Schema.Attribute.Integer &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: 'M\u00E3 HTTP g\u1EA7n nh\u1EA5t';
        };
      }>;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'plugin::cchc.webhook-delivery'> &
      Schema.Attribute.Private;
    lockedBy: Schema.Attribute.String &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: 'M\u00E1y ch\u1EE7 \u0111ang g\u1EEDi';
        };
      }>;
    lockedUntil: Schema.Attribute.DateTime &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: 'Gi\u1EEF \u0111\u1EBFn';
        };
      }>;
    nextAttemptAt: Schema.Attribute.DateTime &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: 'Th\u1EED l\u1EA1i l\u00FAc';
        };
      }>;
    payload: Schema.Attribute.JSON &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: 'N\u1ED9i dung g\u1EEDi';
        };
      }>;
    publishedAt: Schema.Attribute.DateTime;
    status: Schema.Attribute.Enumeration<['pending', 'running', 'delivered', 'failed']> &
      Schema.Attribute.Required &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          description: 'pending: ch\u1EDD g\u1EEDi ho\u1EB7c ch\u1EDD th\u1EED l\u1EA1i; running: \u0111ang g\u1EEDi; delivered: \u0111\u00E3 nh\u1EADn (2xx); failed: h\u1EBFt s\u1ED1 l\u1EA7n th\u1EED';
          label: 'Tr\u1EA1ng th\u00E1i';
        };
      }> &
      Schema.Attribute.DefaultTo<'pending'>;
    subscription: Schema.Attribute.Relation<'manyToOne', 'plugin::cchc.webhook-subscription'> &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: 'Webhook';
        };
      }>;
    subscriptionName: Schema.Attribute.String &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: 'T\u00EAn webhook';
        };
      }>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
  };
}

export interface PluginCchcWebhookSubscription extends Struct.CollectionTypeSchema {
  collectionName: 'cchc_webhook_subscriptions';
  info: {
    description: '\u0110\u1ECBa ch\u1EC9 nh\u1EADn th\u00F4ng b\u00E1o (c\u00F3 ch\u1EEF k\u00FD HMAC) khi n\u1ED9i dung \u0111\u01B0\u1EE3c xu\u1EA5t b\u1EA3n, g\u1EE1, s\u1EEDa ho\u1EB7c chuy\u1EC3n b\u01B0\u1EDBc duy\u1EC7t';
    displayName: 'Webhook c\u00F3 k\u00FD';
    pluralName: 'webhook-subscriptions';
    singularName: 'webhook-subscription';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    cchc: {
      defaultSortBy: 'name';
      defaultSortOrder: 'ASC';
      listFields: ['id', 'name', 'url', 'events', 'active'];
      mainField: 'name';
    };
    'content-manager': {
      visible: true;
    };
    'content-type-builder': {
      visible: false;
    };
  };
  attributes: {
    active: Schema.Attribute.Boolean &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: '\u0110ang d\u00F9ng';
        };
      }> &
      Schema.Attribute.DefaultTo<true>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    events: Schema.Attribute.JSON &
      Schema.Attribute.Required &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          description: 'Danh s\u00E1ch, v\u00ED d\u1EE5 ["entry.publish", "entry.unpublish", "entry.update", "cchc.entry.submitted", "cchc.entry.approved", "cchc.entry.returned"]';
          label: 'S\u1EF1 ki\u1EC7n';
        };
      }>;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'plugin::cchc.webhook-subscription'> &
      Schema.Attribute.Private;
    name: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          description: 'V\u00ED d\u1EE5: n8n \u0111\u0103ng b\u00E0i Facebook huy\u1EC7n';
          label: 'T\u00EAn';
        };
      }> &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    publishedAt: Schema.Attribute.DateTime;
    secret: Schema.Attribute.String &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          description: 'D\u00F9ng \u0111\u1EC3 k\u00FD n\u1ED9i dung (HMAC-SHA256, ti\u00EAu \u0111\u1EC1 X-CCHC-Signature). \u0110\u1EC3 tr\u1ED1ng: h\u1EC7 th\u1ED1ng t\u1EF1 t\u1EA1o';
          label: 'Kh\u00F3a b\u00ED m\u1EADt';
        };
      }> &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    url: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          description: 'http(s)://\u2026; kh\u00F4ng nh\u1EADn \u0111\u1ECBa ch\u1EC9 n\u1ED9i b\u1ED9, loopback, link-local, metadata tr\u1EEB khi c\u1EA5u h\u00ECnh cho ph\u00E9p';
          label: '\u0110\u1ECBa ch\u1EC9 nh\u1EADn (URL)';
        };
      }> &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 1000;
      }>;
  };
}

export interface PluginContentReleasesRelease extends Struct.CollectionTypeSchema {
  collectionName: 'strapi_releases';
  info: {
    displayName: 'Release';
    pluralName: 'releases';
    singularName: 'release';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
    'content-type-builder': {
      visible: false;
    };
  };
  attributes: {
    actions: Schema.Attribute.Relation<'oneToMany', 'plugin::content-releases.release-action'>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'plugin::content-releases.release'> &
      Schema.Attribute.Private;
    name: Schema.Attribute.String & Schema.Attribute.Required;
    publishedAt: Schema.Attribute.DateTime;
    releasedAt: Schema.Attribute.DateTime;
    scheduledAt: Schema.Attribute.DateTime;
    status: Schema.Attribute.Enumeration<['ready', 'blocked', 'failed', 'done', 'empty']> &
      Schema.Attribute.Required;
    timezone: Schema.Attribute.String;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
  };
}

export interface PluginContentReleasesReleaseAction extends Struct.CollectionTypeSchema {
  collectionName: 'strapi_release_actions';
  info: {
    displayName: 'Release Action';
    pluralName: 'release-actions';
    singularName: 'release-action';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
    'content-type-builder': {
      visible: false;
    };
  };
  attributes: {
    contentType: Schema.Attribute.String & Schema.Attribute.Required;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    entryDocumentId: Schema.Attribute.String;
    isEntryValid: Schema.Attribute.Boolean;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'plugin::content-releases.release-action'
    > &
      Schema.Attribute.Private;
    publishedAt: Schema.Attribute.DateTime;
    release: Schema.Attribute.Relation<'manyToOne', 'plugin::content-releases.release'>;
    type: Schema.Attribute.Enumeration<['publish', 'unpublish']> & Schema.Attribute.Required;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
  };
}

export interface PluginI18NLocale extends Struct.CollectionTypeSchema {
  collectionName: 'i18n_locale';
  info: {
    collectionName: 'locales';
    description: '';
    displayName: 'Locale';
    pluralName: 'locales';
    singularName: 'locale';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
    'content-type-builder': {
      visible: false;
    };
  };
  attributes: {
    code: Schema.Attribute.String & Schema.Attribute.Unique;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'plugin::i18n.locale'> &
      Schema.Attribute.Private;
    name: Schema.Attribute.String &
      Schema.Attribute.SetMinMax<
        {
          max: 50;
          min: 1;
        },
        number
      >;
    publishedAt: Schema.Attribute.DateTime;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
  };
}

export interface PluginReviewWorkflowsWorkflow extends Struct.CollectionTypeSchema {
  collectionName: 'strapi_workflows';
  info: {
    description: '';
    displayName: 'Workflow';
    name: 'Workflow';
    pluralName: 'workflows';
    singularName: 'workflow';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
    'content-type-builder': {
      visible: false;
    };
  };
  attributes: {
    contentTypes: Schema.Attribute.JSON &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'[]'>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'plugin::review-workflows.workflow'> &
      Schema.Attribute.Private;
    name: Schema.Attribute.String & Schema.Attribute.Required & Schema.Attribute.Unique;
    publishedAt: Schema.Attribute.DateTime;
    stageRequiredToPublish: Schema.Attribute.Relation<
      'oneToOne',
      'plugin::review-workflows.workflow-stage'
    >;
    stages: Schema.Attribute.Relation<'oneToMany', 'plugin::review-workflows.workflow-stage'>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
  };
}

export interface PluginReviewWorkflowsWorkflowStage extends Struct.CollectionTypeSchema {
  collectionName: 'strapi_workflows_stages';
  info: {
    description: '';
    displayName: 'Stages';
    name: 'Workflow Stage';
    pluralName: 'workflow-stages';
    singularName: 'workflow-stage';
  };
  options: {
    draftAndPublish: false;
    version: '1.1.0';
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
    'content-type-builder': {
      visible: false;
    };
  };
  attributes: {
    color: Schema.Attribute.String & Schema.Attribute.DefaultTo<'#4945FF'>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'plugin::review-workflows.workflow-stage'
    > &
      Schema.Attribute.Private;
    name: Schema.Attribute.String;
    permissions: Schema.Attribute.Relation<'manyToMany', 'admin::permission'>;
    publishedAt: Schema.Attribute.DateTime;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    workflow: Schema.Attribute.Relation<'manyToOne', 'plugin::review-workflows.workflow'>;
  };
}

export interface PluginUploadFile extends Struct.CollectionTypeSchema {
  collectionName: 'files';
  info: {
    description: '';
    displayName: 'File';
    pluralName: 'files';
    singularName: 'file';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
    'content-type-builder': {
      visible: false;
    };
  };
  attributes: {
    alternativeText: Schema.Attribute.Text;
    caption: Schema.Attribute.Text;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    ext: Schema.Attribute.String;
    focalPoint: Schema.Attribute.JSON;
    folder: Schema.Attribute.Relation<'manyToOne', 'plugin::upload.folder'> &
      Schema.Attribute.Private;
    folderPath: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.Private &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 1;
      }>;
    formats: Schema.Attribute.JSON;
    hash: Schema.Attribute.String & Schema.Attribute.Required;
    height: Schema.Attribute.Integer;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'plugin::upload.file'> &
      Schema.Attribute.Private;
    mime: Schema.Attribute.String & Schema.Attribute.Required;
    name: Schema.Attribute.String & Schema.Attribute.Required;
    previewUrl: Schema.Attribute.Text;
    provider: Schema.Attribute.String & Schema.Attribute.Required;
    provider_metadata: Schema.Attribute.JSON;
    publishedAt: Schema.Attribute.DateTime;
    related: Schema.Attribute.Relation<'morphToMany'>;
    size: Schema.Attribute.Decimal & Schema.Attribute.Required;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    url: Schema.Attribute.Text & Schema.Attribute.Required;
    width: Schema.Attribute.Integer;
  };
}

export interface PluginUploadFolder extends Struct.CollectionTypeSchema {
  collectionName: 'upload_folders';
  info: {
    displayName: 'Folder';
    pluralName: 'folders';
    singularName: 'folder';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
    'content-type-builder': {
      visible: false;
    };
  };
  attributes: {
    children: Schema.Attribute.Relation<'oneToMany', 'plugin::upload.folder'>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    files: Schema.Attribute.Relation<'oneToMany', 'plugin::upload.file'>;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'plugin::upload.folder'> &
      Schema.Attribute.Private;
    name: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 1;
      }>;
    parent: Schema.Attribute.Relation<'manyToOne', 'plugin::upload.folder'>;
    path: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 1;
      }>;
    pathId: Schema.Attribute.Integer & Schema.Attribute.Required & Schema.Attribute.Unique;
    publishedAt: Schema.Attribute.DateTime;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
  };
}

export interface PluginUsersPermissionsPermission extends Struct.CollectionTypeSchema {
  collectionName: 'up_permissions';
  info: {
    description: '';
    displayName: 'Permission';
    name: 'permission';
    pluralName: 'permissions';
    singularName: 'permission';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
    'content-type-builder': {
      visible: false;
    };
  };
  attributes: {
    action: Schema.Attribute.String & Schema.Attribute.Required;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'plugin::users-permissions.permission'> &
      Schema.Attribute.Private;
    publishedAt: Schema.Attribute.DateTime;
    role: Schema.Attribute.Relation<'manyToOne', 'plugin::users-permissions.role'>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
  };
}

export interface PluginUsersPermissionsRole extends Struct.CollectionTypeSchema {
  collectionName: 'up_roles';
  info: {
    description: '';
    displayName: 'Role';
    name: 'role';
    pluralName: 'roles';
    singularName: 'role';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
    'content-type-builder': {
      visible: false;
    };
  };
  attributes: {
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    description: Schema.Attribute.String;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'plugin::users-permissions.role'> &
      Schema.Attribute.Private;
    name: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 3;
      }>;
    permissions: Schema.Attribute.Relation<'oneToMany', 'plugin::users-permissions.permission'>;
    publishedAt: Schema.Attribute.DateTime;
    type: Schema.Attribute.String & Schema.Attribute.Unique;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    users: Schema.Attribute.Relation<'oneToMany', 'plugin::users-permissions.user'>;
  };
}

export interface PluginUsersPermissionsUser extends Struct.CollectionTypeSchema {
  collectionName: 'up_users';
  info: {
    description: '';
    displayName: 'User';
    name: 'user';
    pluralName: 'users';
    singularName: 'user';
  };
  options: {
    draftAndPublish: false;
    timestamps: true;
  };
  attributes: {
    blocked: Schema.Attribute.Boolean & Schema.Attribute.DefaultTo<false>;
    confirmationToken: Schema.Attribute.String & Schema.Attribute.Private;
    confirmed: Schema.Attribute.Boolean & Schema.Attribute.DefaultTo<false>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    email: Schema.Attribute.Email &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 6;
      }>;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'plugin::users-permissions.user'> &
      Schema.Attribute.Private;
    password: Schema.Attribute.Password &
      Schema.Attribute.Private &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 6;
      }>;
    provider: Schema.Attribute.String;
    publishedAt: Schema.Attribute.DateTime;
    resetPasswordToken: Schema.Attribute.String & Schema.Attribute.Private;
    role: Schema.Attribute.Relation<'manyToOne', 'plugin::users-permissions.role'>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    username: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.Unique &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 3;
      }>;
  };
}

declare module '@strapi/strapi' {
  export namespace Public {
    export interface ContentTypeSchemas {
      'admin::api-token': AdminApiToken;
      'admin::api-token-permission': AdminApiTokenPermission;
      'admin::permission': AdminPermission;
      'admin::role': AdminRole;
      'admin::session': AdminSession;
      'admin::transfer-token': AdminTransferToken;
      'admin::transfer-token-permission': AdminTransferTokenPermission;
      'admin::user': AdminUser;
      'api::article.article': ApiArticleArticle;
      'api::broadcast-script.broadcast-script': ApiBroadcastScriptBroadcastScript;
      'api::campaign.campaign': ApiCampaignCampaign;
      'api::column.column': ApiColumnColumn;
      'api::leaflet.leaflet': ApiLeafletLeaflet;
      'api::rundown-item.rundown-item': ApiRundownItemRundownItem;
      'api::social-channel.social-channel': ApiSocialChannelSocialChannel;
      'api::station.station': ApiStationStation;
      'api::topic.topic': ApiTopicTopic;
      'api::training.training': ApiTrainingTraining;
      'api::unit-report.unit-report': ApiUnitReportUnitReport;
      'api::unit.unit': ApiUnitUnit;
      'plugin::cchc.audit-entry': PluginCchcAuditEntry;
      'plugin::cchc.report-reminder': PluginCchcReportReminder;
      'plugin::cchc.scheduled-job': PluginCchcScheduledJob;
      'plugin::cchc.site-token': PluginCchcSiteToken;
      'plugin::cchc.social-post': PluginCchcSocialPost;
      'plugin::cchc.speech-job': PluginCchcSpeechJob;
      'plugin::cchc.unit-membership': PluginCchcUnitMembership;
      'plugin::cchc.webhook-delivery': PluginCchcWebhookDelivery;
      'plugin::cchc.webhook-subscription': PluginCchcWebhookSubscription;
      'plugin::content-releases.release': PluginContentReleasesRelease;
      'plugin::content-releases.release-action': PluginContentReleasesReleaseAction;
      'plugin::i18n.locale': PluginI18NLocale;
      'plugin::review-workflows.workflow': PluginReviewWorkflowsWorkflow;
      'plugin::review-workflows.workflow-stage': PluginReviewWorkflowsWorkflowStage;
      'plugin::upload.file': PluginUploadFile;
      'plugin::upload.folder': PluginUploadFolder;
      'plugin::users-permissions.permission': PluginUsersPermissionsPermission;
      'plugin::users-permissions.role': PluginUsersPermissionsRole;
      'plugin::users-permissions.user': PluginUsersPermissionsUser;
    }
  }
}
