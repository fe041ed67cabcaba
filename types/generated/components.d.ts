import type { Schema, Struct } from '@strapi/strapi';

export interface BroadcastAirSlot extends Struct.ComponentSchema {
  collectionName: 'components_broadcast_air_slots';
  info: {
    description: 'M\u1ED9t l\u1EA7n ph\u00E1t d\u1EF1 ki\u1EBFn c\u1EE7a ch\u01B0\u01A1ng tr\u00ECnh';
    displayName: 'L\u1ECBch ph\u00E1t s\u00F3ng';
    icon: 'clock';
  };
  attributes: {
    startsAt: Schema.Attribute.DateTime &
      Schema.Attribute.Required &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: 'Th\u1EDDi \u0111i\u1EC3m ph\u00E1t';
        };
      }>;
    station: Schema.Attribute.Relation<'oneToOne', 'api::unit.unit'> &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: '\u0110\u00E0i ph\u00E1t (\u0111\u01A1n v\u1ECB)';
        };
      }>;
    status: Schema.Attribute.Enumeration<['planned', 'aired', 'cancelled']> &
      Schema.Attribute.Required &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          description: 'planned: d\u1EF1 ki\u1EBFn; aired: \u0111\u00E3 ph\u00E1t; cancelled: h\u1EE7y';
          label: 'Tr\u1EA1ng th\u00E1i';
        };
      }> &
      Schema.Attribute.DefaultTo<'planned'>;
  };
}

export interface BroadcastWindow extends Struct.ComponentSchema {
  collectionName: 'components_broadcast_windows';
  info: {
    description: 'M\u1ED9t khung gi\u1EDD ph\u00E1t trong ng\u00E0y, theo c\u00E1c th\u1EE9 trong tu\u1EA7n';
    displayName: 'Khung ph\u00E1t s\u00F3ng';
    icon: 'clock';
  };
  attributes: {
    end: Schema.Attribute.Time &
      Schema.Attribute.Required &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: 'K\u1EBFt th\u00FAc';
        };
      }>;
    label: Schema.Attribute.String &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          description: 'V\u00ED d\u1EE5: Bu\u1ED5i s\u00E1ng';
          label: 'T\u00EAn khung';
        };
      }> &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 100;
      }>;
    start: Schema.Attribute.Time &
      Schema.Attribute.Required &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: 'B\u1EAFt \u0111\u1EA7u';
        };
      }>;
    weekdays: Schema.Attribute.JSON &
      Schema.Attribute.Required &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          description: 'Danh s\u00E1ch s\u1ED1: 1 th\u1EE9 Hai \u2026 7 Ch\u1EE7 nh\u1EADt, v\u00ED d\u1EE5 [1,2,3,4,5]';
          label: 'C\u00E1c th\u1EE9';
        };
      }>;
  };
}

export interface CampaignRecipient extends Struct.ComponentSchema {
  collectionName: 'components_campaign_recipients';
  info: {
    description: 'M\u1ED9t d\u00F2ng trong m\u1EE5c K\u00EDnh g\u1EEDi / N\u01A1i nh\u1EADn c\u1EE7a v\u0103n b\u1EA3n';
    displayName: 'N\u01A1i nh\u1EADn';
    icon: 'user';
  };
  attributes: {
    name: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          description: 'V\u00ED d\u1EE5: C\u00E1c ph\u00F2ng, ban, ng\u00E0nh, \u0111o\u00E0n th\u1EC3 c\u1EA5p huy\u1EC7n';
          label: 'T\u00EAn n\u01A1i nh\u1EADn';
        };
      }> &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 255;
      }>;
    purpose: Schema.Attribute.Enumeration<['action', 'report', 'information', 'archive']> &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          description: 'action: th\u1EF1c hi\u1EC7n; report: \u0111\u1EC3 b\u00E1o c\u00E1o; information: \u0111\u1EC3 bi\u1EBFt; archive: l\u01B0u';
          label: 'M\u1EE5c \u0111\u00EDch';
        };
      }> &
      Schema.Attribute.DefaultTo<'action'>;
    unit: Schema.Attribute.Relation<'oneToOne', 'api::unit.unit'> &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: '\u0110\u01A1n v\u1ECB (n\u1EBFu l\u00E0 m\u1ED9t \u0111\u01A1n v\u1ECB c\u1EE5 th\u1EC3)';
        };
      }>;
  };
}

export interface CampaignReportDeadline extends Struct.ComponentSchema {
  collectionName: 'components_campaign_report_deadlines';
  info: {
    description: 'H\u1EA1n g\u1EEDi b\u00E1o c\u00E1o c\u1EE7a m\u1ED9t k\u1EF3, khi kh\u00E1c quy t\u1EAFc chung';
    displayName: 'H\u1EA1n b\u00E1o c\u00E1o';
    icon: 'clock';
  };
  pluginOptions: {
    cchc: {
      mainField: 'period';
    };
  };
  attributes: {
    dueOn: Schema.Attribute.Date &
      Schema.Attribute.Required &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: 'H\u1EA1n g\u1EEDi';
        };
      }>;
    period: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          description: 'V\u00ED d\u1EE5: Qu\u00FD IV/2026, Th\u00E1ng 11/2026, N\u0103m 2026';
          label: 'K\u1EF3 b\u00E1o c\u00E1o';
        };
      }> &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 60;
      }>;
  };
}

export interface CampaignTarget extends Struct.ComponentSchema {
  collectionName: 'components_campaign_targets';
  info: {
    description: 'S\u1ED1 l\u01B0\u1EE3ng c\u1EA7n \u0111\u1EA1t trong m\u1ED9t k\u1EF3, cho m\u1ED9t \u0111\u01A1n v\u1ECB, m\u1ED9t lo\u1EA1i \u0111\u01A1n v\u1ECB ho\u1EB7c m\u1ECDi \u0111\u01A1n v\u1ECB';
    displayName: 'Ch\u1EC9 ti\u00EAu';
    icon: 'chartBubble';
  };
  pluginOptions: {
    cchc: {
      mainField: 'unitKind';
    };
  };
  attributes: {
    articles: Schema.Attribute.Integer &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: 'Tin, b\u00E0i';
        };
      }> &
      Schema.Attribute.SetMinMax<
        {
          min: 0;
        },
        number
      >;
    broadcastMinutes: Schema.Attribute.Integer &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: 'Th\u1EDDi l\u01B0\u1EE3ng ph\u00E1t thanh (ph\u00FAt)';
        };
      }> &
      Schema.Attribute.SetMinMax<
        {
          min: 0;
        },
        number
      >;
    broadcasts: Schema.Attribute.Integer &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: 'Ch\u01B0\u01A1ng tr\u00ECnh ph\u00E1t thanh';
        };
      }> &
      Schema.Attribute.SetMinMax<
        {
          min: 0;
        },
        number
      >;
    leafletsDistributed: Schema.Attribute.Integer &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: 'T\u00E0i li\u1EC7u, t\u1EDD r\u01A1i ph\u00E1t h\u00E0nh (b\u1EA3n)';
        };
      }> &
      Schema.Attribute.SetMinMax<
        {
          min: 0;
        },
        number
      >;
    participants: Schema.Attribute.Integer &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: 'L\u01B0\u1EE3t ng\u01B0\u1EDDi tham d\u1EF1';
        };
      }> &
      Schema.Attribute.SetMinMax<
        {
          min: 0;
        },
        number
      >;
    periodType: Schema.Attribute.Enumeration<['month', 'quarter', 'half_year', 'year']> &
      Schema.Attribute.Required &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          description: 'month: th\u00E1ng; quarter: qu\u00FD; half_year: 6 th\u00E1ng; year: n\u0103m. K\u1EF3 kh\u00E1c \u0111\u01B0\u1EE3c quy \u0111\u1ED5i theo s\u1ED1 th\u00E1ng (l\u00E0m tr\u00F2n l\u00EAn)';
          label: 'Ch\u1EC9 ti\u00EAu cho m\u1ED7i';
        };
      }> &
      Schema.Attribute.DefaultTo<'quarter'>;
    socialPosts: Schema.Attribute.Integer &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: 'B\u00E0i \u0111\u0103ng m\u1EA1ng x\u00E3 h\u1ED9i';
        };
      }> &
      Schema.Attribute.SetMinMax<
        {
          min: 0;
        },
        number
      >;
    trainings: Schema.Attribute.Integer &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: 'H\u1ED9i ngh\u1ECB, l\u1EDBp t\u1EADp hu\u1EA5n';
        };
      }> &
      Schema.Attribute.SetMinMax<
        {
          min: 0;
        },
        number
      >;
    unit: Schema.Attribute.Relation<'oneToOne', 'api::unit.unit'> &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          description: '\u0110\u1EC3 tr\u1ED1ng: \u00E1p d\u1EE5ng theo lo\u1EA1i \u0111\u01A1n v\u1ECB, ho\u1EB7c cho m\u1ECDi \u0111\u01A1n v\u1ECB n\u1EBFu c\u0169ng \u0111\u1EC3 tr\u1ED1ng lo\u1EA1i';
          label: '\u0110\u01A1n v\u1ECB';
        };
      }>;
    unitKind: Schema.Attribute.Enumeration<
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
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          description: 'people_committee: UBND; office: ph\u00F2ng, ban; mass_organisation: \u0111o\u00E0n th\u1EC3; agency: c\u01A1 quan \u0111\u00F3ng tr\u00EAn \u0111\u1ECBa b\u00E0n; culture_communication_center: Trung t\u00E2m VH-TT; party_committee: c\u01A1 quan \u0110\u1EA3ng';
          label: 'Lo\u1EA1i \u0111\u01A1n v\u1ECB';
        };
      }>;
  };
}

export interface CampaignUnitKindTask extends Struct.ComponentSchema {
  collectionName: 'components_campaign_unit_kind_tasks';
  info: {
    description: 'N\u1ED9i dung v\u0103n b\u1EA3n giao cho t\u1EEBng lo\u1EA1i c\u01A1 quan, \u0111\u01A1n v\u1ECB';
    displayName: 'Nhi\u1EC7m v\u1EE5 theo lo\u1EA1i \u0111\u01A1n v\u1ECB';
    icon: 'bulletList';
  };
  attributes: {
    deadline: Schema.Attribute.Date &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: 'Th\u1EDDi h\u1EA1n';
        };
      }>;
    task: Schema.Attribute.Text &
      Schema.Attribute.Required &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: 'Nhi\u1EC7m v\u1EE5';
        };
      }>;
    unitKind: Schema.Attribute.Enumeration<
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
          label: 'Lo\u1EA1i \u0111\u01A1n v\u1ECB';
        };
      }>;
  };
}

export interface ContentChannels extends Struct.ComponentSchema {
  collectionName: 'components_content_channels';
  info: {
    description: 'Nh\u1EEFng k\u00EAnh s\u1EBD \u0111\u0103ng t\u1EA3i n\u1ED9i dung n\u00E0y';
    displayName: 'K\u00EAnh \u0111\u0103ng t\u1EA3i';
    icon: 'layer';
  };
  attributes: {
    communeSite: Schema.Attribute.Boolean &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: 'Trang th\u00F4ng tin \u0111i\u1EC7n t\u1EED x\u00E3';
        };
      }> &
      Schema.Attribute.DefaultTo<false>;
    newsletter: Schema.Attribute.Boolean &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: 'B\u1EA3n tin';
        };
      }> &
      Schema.Attribute.DefaultTo<false>;
    portal: Schema.Attribute.Boolean &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: 'C\u1ED5ng th\u00F4ng tin \u0111i\u1EC7n t\u1EED huy\u1EC7n';
        };
      }> &
      Schema.Attribute.DefaultTo<true>;
    social: Schema.Attribute.Boolean &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: 'M\u1EA1ng x\u00E3 h\u1ED9i';
        };
      }> &
      Schema.Attribute.DefaultTo<false>;
  };
}

export interface ContentSocialPost extends Struct.ComponentSchema {
  collectionName: 'components_content_social_posts';
  info: {
    description: 'N\u1ED9i dung \u0111\u0103ng k\u00E8m \u0111\u01B0\u1EDDng d\u1EABn tr\u00EAn Facebook, Zalo\u2026';
    displayName: 'B\u00E0i \u0111\u0103ng m\u1EA1ng x\u00E3 h\u1ED9i';
    icon: 'message';
  };
  attributes: {
    hashtags: Schema.Attribute.String &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          description: 'V\u00ED d\u1EE5: #CCHC #DichVuCongTrucTuyen';
          label: 'Hashtag';
        };
      }> &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 255;
      }>;
    text: Schema.Attribute.Text &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          description: '\u0110\u1EC3 tr\u1ED1ng s\u1EBD d\u00F9ng sa-p\u00F4';
          label: 'N\u1ED9i dung b\u00E0i \u0111\u0103ng';
        };
      }> &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 2000;
      }>;
  };
}

export interface ContentSource extends Struct.ComponentSchema {
  collectionName: 'components_content_sources';
  info: {
    description: 'N\u1ED9i dung t\u1EF1 vi\u1EBFt hay l\u1EA5y t\u1EEB t\u1EC9nh, trung \u01B0\u01A1ng';
    displayName: 'Ngu\u1ED3n tin';
    icon: 'link';
  };
  attributes: {
    name: Schema.Attribute.String &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          description: 'V\u00ED d\u1EE5: C\u1ED5ng TT\u0110T t\u1EC9nh H\u00E0 T\u0129nh';
          label: 'T\u00EAn ngu\u1ED3n';
        };
      }> &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 255;
      }>;
    origin: Schema.Attribute.Enumeration<['own', 'provincial', 'central', 'other']> &
      Schema.Attribute.Required &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          description: 'own: t\u1EF1 vi\u1EBFt; provincial: c\u1EA5p t\u1EC9nh; central: trung \u01B0\u01A1ng; other: kh\u00E1c';
          label: 'Lo\u1EA1i ngu\u1ED3n';
        };
      }> &
      Schema.Attribute.DefaultTo<'own'>;
    url: Schema.Attribute.String &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: '\u0110\u01B0\u1EDDng d\u1EABn ngu\u1ED3n';
        };
      }> &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 1000;
      }>;
  };
}

export interface LeafletDistributionPoint extends Struct.ComponentSchema {
  collectionName: 'components_leaflet_distribution_points';
  info: {
    description: 'N\u01A1i ph\u00E1t t\u00E0i li\u1EC7u, t\u1EDD r\u01A1i v\u00E0 s\u1ED1 l\u01B0\u1EE3ng';
    displayName: '\u0110i\u1EC3m ph\u00E1t h\u00E0nh';
    icon: 'pinMap';
  };
  attributes: {
    copies: Schema.Attribute.Integer &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: 'S\u1ED1 b\u1EA3n';
        };
      }> &
      Schema.Attribute.SetMinMax<
        {
          min: 0;
        },
        number
      >;
    distributedOn: Schema.Attribute.Date &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: 'Ng\u00E0y ph\u00E1t';
        };
      }>;
    place: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          description: 'V\u00ED d\u1EE5: B\u1ED9 ph\u1EADn m\u1ED9t c\u1EEDa UBND x\u00E3 S\u01A1n T\u00E2y';
          label: '\u0110\u1ECBa \u0111i\u1EC3m';
        };
      }> &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 255;
      }>;
    unit: Schema.Attribute.Relation<'oneToOne', 'api::unit.unit'> &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: '\u0110\u01A1n v\u1ECB nh\u1EADn';
        };
      }>;
  };
}

export interface ReportActivityCounts extends Struct.ComponentSchema {
  collectionName: 'components_report_activity_counts';
  info: {
    description: 'C\u00E1c ch\u1EC9 ti\u00EAu tuy\u00EAn truy\u1EC1n CCHC \u0111\u00E3 th\u1EF1c hi\u1EC7n trong k\u1EF3';
    displayName: 'S\u1ED1 li\u1EC7u k\u1EBFt qu\u1EA3';
    icon: 'chartCircle';
  };
  attributes: {
    articles: Schema.Attribute.Integer &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: 'S\u1ED1 tin, b\u00E0i';
        };
      }> &
      Schema.Attribute.SetMinMax<
        {
          min: 0;
        },
        number
      > &
      Schema.Attribute.DefaultTo<0>;
    broadcastMinutes: Schema.Attribute.Integer &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: 'Th\u1EDDi l\u01B0\u1EE3ng ph\u00E1t thanh (ph\u00FAt)';
        };
      }> &
      Schema.Attribute.SetMinMax<
        {
          min: 0;
        },
        number
      > &
      Schema.Attribute.DefaultTo<0>;
    broadcasts: Schema.Attribute.Integer &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: 'S\u1ED1 ch\u01B0\u01A1ng tr\u00ECnh ph\u00E1t thanh';
        };
      }> &
      Schema.Attribute.SetMinMax<
        {
          min: 0;
        },
        number
      > &
      Schema.Attribute.DefaultTo<0>;
    leafletsDistributed: Schema.Attribute.Integer &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: 'T\u00E0i li\u1EC7u, t\u1EDD r\u01A1i ph\u00E1t h\u00E0nh (b\u1EA3n)';
        };
      }> &
      Schema.Attribute.SetMinMax<
        {
          min: 0;
        },
        number
      > &
      Schema.Attribute.DefaultTo<0>;
    leafletsPrinted: Schema.Attribute.Integer &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: 'T\u00E0i li\u1EC7u, t\u1EDD r\u01A1i in \u1EA5n (b\u1EA3n)';
        };
      }> &
      Schema.Attribute.SetMinMax<
        {
          min: 0;
        },
        number
      > &
      Schema.Attribute.DefaultTo<0>;
    participants: Schema.Attribute.Integer &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: 'S\u1ED1 l\u01B0\u1EE3t ng\u01B0\u1EDDi tham d\u1EF1';
        };
      }> &
      Schema.Attribute.SetMinMax<
        {
          min: 0;
        },
        number
      > &
      Schema.Attribute.DefaultTo<0>;
    socialPosts: Schema.Attribute.Integer &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: 'S\u1ED1 b\u00E0i \u0111\u0103ng m\u1EA1ng x\u00E3 h\u1ED9i';
        };
      }> &
      Schema.Attribute.SetMinMax<
        {
          min: 0;
        },
        number
      > &
      Schema.Attribute.DefaultTo<0>;
    trainings: Schema.Attribute.Integer &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: 'S\u1ED1 h\u1ED9i ngh\u1ECB, l\u1EDBp t\u1EADp hu\u1EA5n';
        };
      }> &
      Schema.Attribute.SetMinMax<
        {
          min: 0;
        },
        number
      > &
      Schema.Attribute.DefaultTo<0>;
  };
}

export interface ReportCountCorrection extends Struct.ComponentSchema {
  collectionName: 'components_report_count_corrections';
  info: {
    description: 'S\u1ED1 li\u1EC7u \u0111\u01A1n v\u1ECB b\u00E1o c\u00E1o kh\u00E1c s\u1ED1 h\u1EC7 th\u1ED1ng t\u1EF1 t\u1ED5ng h\u1EE3p, k\u00E8m l\u00FD do';
    displayName: '\u0110i\u1EC1u ch\u1EC9nh s\u1ED1 li\u1EC7u';
    icon: 'pencil';
  };
  pluginOptions: {
    cchc: {
      mainField: 'reason';
    };
  };
  attributes: {
    computedValue: Schema.Attribute.Integer &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          description: 'S\u1ED1 h\u1EC7 th\u1ED1ng t\u1EF1 t\u1ED5ng h\u1EE3p, gi\u1EEF l\u1EA1i \u0111\u1EC3 \u0111\u1ED1i chi\u1EBFu';
          editable: false;
          label: 'S\u1ED1 h\u1EC7 th\u1ED1ng';
        };
      }>;
    metric: Schema.Attribute.Enumeration<
      [
        'articles',
        'broadcasts',
        'broadcastMinutes',
        'leafletsPrinted',
        'leafletsDistributed',
        'trainings',
        'participants',
        'socialPosts',
      ]
    > &
      Schema.Attribute.Required &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          description: 'articles: tin, b\u00E0i; broadcasts: ch\u01B0\u01A1ng tr\u00ECnh ph\u00E1t thanh; broadcastMinutes: ph\u00FAt ph\u00E1t thanh; leafletsPrinted: b\u1EA3n in; leafletsDistributed: b\u1EA3n ph\u00E1t h\u00E0nh; trainings: h\u1ED9i ngh\u1ECB, l\u1EDBp; participants: l\u01B0\u1EE3t ng\u01B0\u1EDDi d\u1EF1; socialPosts: b\u00E0i m\u1EA1ng x\u00E3 h\u1ED9i';
          label: 'Ch\u1EC9 ti\u00EAu';
        };
      }>;
    reason: Schema.Attribute.Text &
      Schema.Attribute.Required &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          description: 'B\u1EAFt bu\u1ED9c: v\u00EC sao s\u1ED1 b\u00E1o c\u00E1o kh\u00E1c s\u1ED1 h\u1EC7 th\u1ED1ng (ho\u1EA1t \u0111\u1ED9ng ngo\u00E0i h\u1EC7 th\u1ED1ng, s\u1ED1 li\u1EC7u nh\u1EADp ch\u1EADm\u2026)';
          label: 'L\u00FD do \u0111i\u1EC1u ch\u1EC9nh';
        };
      }>;
    value: Schema.Attribute.Integer &
      Schema.Attribute.Required &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: 'S\u1ED1 b\u00E1o c\u00E1o';
        };
      }> &
      Schema.Attribute.SetMinMax<
        {
          min: 0;
        },
        number
      >;
  };
}

export interface ReportEvidence extends Struct.ComponentSchema {
  collectionName: 'components_report_evidences';
  info: {
    description: 'B\u1EA3n scan, \u1EA3nh ho\u1EB7c \u0111\u01B0\u1EDDng d\u1EABn ch\u1EE9ng minh k\u1EBFt qu\u1EA3';
    displayName: 'T\u00E0i li\u1EC7u ki\u1EC3m ch\u1EE9ng';
    icon: 'paperclip';
  };
  attributes: {
    files: Schema.Attribute.Media<'images' | 'files', true> &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: 'T\u1EC7p \u0111\u00EDnh k\u00E8m';
        };
      }>;
    metric: Schema.Attribute.Enumeration<
      [
        'articles',
        'broadcasts',
        'broadcastMinutes',
        'leafletsPrinted',
        'leafletsDistributed',
        'trainings',
        'participants',
        'socialPosts',
      ]
    > &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          description: '\u0110\u1EC3 tr\u1ED1ng: t\u00E0i li\u1EC7u c\u1EE7a c\u1EA3 b\u00E1o c\u00E1o';
          label: 'Cho ch\u1EC9 ti\u00EAu';
        };
      }>;
    note: Schema.Attribute.Text &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: 'Ghi ch\u00FA';
        };
      }>;
    title: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: 'T\u00EAn t\u00E0i li\u1EC7u';
        };
      }> &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 255;
      }>;
    url: Schema.Attribute.String &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: '\u0110\u01B0\u1EDDng d\u1EABn';
        };
      }> &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 1000;
      }>;
  };
}

export interface SharedContact extends Struct.ComponentSchema {
  collectionName: 'components_shared_contacts';
  info: {
    description: 'Th\u00F4ng tin li\u00EAn h\u1EC7 c\u1EE7a \u0111\u01A1n v\u1ECB';
    displayName: 'Li\u00EAn h\u1EC7';
    icon: 'phone';
  };
  attributes: {
    address: Schema.Attribute.String &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: '\u0110\u1ECBa ch\u1EC9';
        };
      }> &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 255;
      }>;
    contactPerson: Schema.Attribute.String &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: 'Ng\u01B0\u1EDDi li\u00EAn h\u1EC7';
        };
      }> &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 120;
      }>;
    email: Schema.Attribute.Email &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: 'Th\u01B0 \u0111i\u1EC7n t\u1EED';
        };
      }>;
    phone: Schema.Attribute.String &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: '\u0110i\u1EC7n tho\u1EA1i';
        };
      }> &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 40;
      }>;
  };
}

export interface SharedSeo extends Struct.ComponentSchema {
  collectionName: 'components_shared_seos';
  info: {
    description: 'Th\u1EBB ti\u00EAu \u0111\u1EC1, m\u00F4 t\u1EA3 v\u00E0 \u1EA3nh chia s\u1EBB cho c\u00F4ng c\u1EE5 t\u00ECm ki\u1EBFm';
    displayName: 'SEO';
    icon: 'search';
  };
  attributes: {
    canonicalUrl: Schema.Attribute.String &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: '\u0110\u1ECBa ch\u1EC9 g\u1ED1c (canonical)';
        };
      }> &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 500;
      }>;
    keywords: Schema.Attribute.String &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          description: 'C\u00E1ch nhau b\u1EB1ng d\u1EA5u ph\u1EA9y';
          label: 'T\u1EEB kh\u00F3a';
        };
      }> &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 255;
      }>;
    metaDescription: Schema.Attribute.Text &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          description: 'T\u1ED1i \u0111a 200 k\u00FD t\u1EF1; \u0111\u1EC3 tr\u1ED1ng s\u1EBD d\u00F9ng sa-p\u00F4';
          label: 'M\u00F4 t\u1EA3 SEO';
        };
      }> &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    metaImage: Schema.Attribute.Media<'images'> &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: '\u1EA2nh chia s\u1EBB';
        };
      }>;
    metaTitle: Schema.Attribute.String &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          description: 'T\u1ED1i \u0111a 70 k\u00FD t\u1EF1; \u0111\u1EC3 tr\u1ED1ng s\u1EBD d\u00F9ng ti\u00EAu \u0111\u1EC1 b\u00E0i';
          label: 'Ti\u00EAu \u0111\u1EC1 SEO';
        };
      }> &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 70;
      }>;
    noIndex: Schema.Attribute.Boolean &
      Schema.Attribute.SetPluginOptions<{
        cchc: {
          label: 'Kh\u00F4ng cho l\u1EADp ch\u1EC9 m\u1EE5c';
        };
      }> &
      Schema.Attribute.DefaultTo<false>;
  };
}

declare module '@strapi/strapi' {
  export namespace Public {
    export interface ComponentSchemas {
      'broadcast.air-slot': BroadcastAirSlot;
      'broadcast.window': BroadcastWindow;
      'campaign.recipient': CampaignRecipient;
      'campaign.report-deadline': CampaignReportDeadline;
      'campaign.target': CampaignTarget;
      'campaign.unit-kind-task': CampaignUnitKindTask;
      'content.channels': ContentChannels;
      'content.social-post': ContentSocialPost;
      'content.source': ContentSource;
      'leaflet.distribution-point': LeafletDistributionPoint;
      'report.activity-counts': ReportActivityCounts;
      'report.count-correction': ReportCountCorrection;
      'report.evidence': ReportEvidence;
      'shared.contact': SharedContact;
      'shared.seo': SharedSeo;
    }
  }
}
