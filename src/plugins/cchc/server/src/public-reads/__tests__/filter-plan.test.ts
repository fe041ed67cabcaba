import { driversOf, specialize, type Condition } from '../read-model/condition';
import { planFilters, NotPlannable, type PlanSubject } from '../read-model/filter-plan';

const UNITS: Record<string, number[]> = { 'xa-son-tay': [4], children: [2], siblings: [7, 8] };

const subject: PlanSubject = {
  ownerField: 'unit',
  ownerTarget: 'api::unit.unit',
  sharedField: 'sharedWithSubunits',
  links: { column: 'api::column.column', topics: 'api::topic.topic' },
  resolve: async (target, filter) => {
    const slug = (filter as { slug?: { $eq?: string } }).slug?.$eq;
    if (target === 'api::unit.unit') {
      if ('children' in filter) {
        return UNITS.children;
      }
      if ('parent' in filter) {
        return UNITS.siblings;
      }
      return UNITS[slug ?? ''] ?? [];
    }
    if (slug === 'too-many') {
      return null;
    }
    return slug === 'cai-cach-hanh-chinh' ? [1] : [9];
  },
};

const plan = (filters: unknown) => planFilters(subject, filters);

describe('restating filters over the read model', () => {
  test('no filter matches everything', async () => {
    expect(await plan(undefined)).toEqual({ op: 'true' });
    expect(await plan({})).toEqual({ op: 'true' });
  });

  test('a site filter: own units, or shared items of the units above', async () => {
    const condition = await plan({
      $or: [
        { unit: { id: { $in: [4, 5] } } },
        { sharedWithSubunits: true, unit: { id: { $in: [1, 2] } } },
      ],
    });
    expect(condition).toEqual({
      op: 'or',
      items: [
        { op: 'unit', ids: [4, 5] },
        {
          op: 'and',
          items: [
            { op: 'compare', column: 'shared', comparison: '=', value: 1 },
            { op: 'unit', ids: [1, 2] },
          ],
        },
      ],
    });
    expect(driversOf(condition)).toEqual([
      { kind: 'unit', id: 4 },
      { kind: 'unit', id: 5 },
      { kind: 'unit', id: 1 },
      { kind: 'unit', id: 2 },
    ]);
  });

  test("the README's spelled-out portal filter resolves each unit condition to ids", async () => {
    const condition = await plan({
      $and: [
        {
          $or: [
            { unit: { slug: { $eq: 'xa-son-tay' } } },
            {
              sharedWithSubunits: { $eq: true },
              $or: [
                { unit: { children: { slug: { $eq: 'xa-son-tay' } } } },
                {
                  unit: {
                    parent: { children: { slug: { $eq: 'xa-son-tay' } } },
                    kind: { $ne: 'people_committee' },
                  },
                },
              ],
            },
          ],
        },
        {
          $or: [
            { column: { slug: { $eq: 'cai-cach-hanh-chinh' } } },
            { topics: { slug: { $eq: 'dich-vu-cong-truc-tuyen' } } },
          ],
        },
      ],
    });
    const drivers = driversOf(condition);
    expect(drivers).toHaveLength(4);
    // within one unit's items, the unit conditions are decided
    expect(specialize(condition, { kind: 'unit', id: 4 })).toEqual({
      op: 'or',
      items: [
        { op: 'link', field: 'column', ids: [1] },
        { op: 'link', field: 'topics', ids: [9] },
      ],
    });
    expect(specialize(condition, { kind: 'unit', id: 7 }).op).toBe('and');
    expect(specialize(condition, { kind: 'unit', id: 99 })).toEqual({ op: 'false' });
  });

  test.each([
    ['a scalar the read model does not keep', { title: { $eq: 'x' } }],
    ['a text operator', { documentId: { $containsi: 'x' } }],
    ['a relation under $not', { $not: { unit: { id: 4 } } }],
    ['too many targets to list', { column: { slug: { $eq: 'too-many' } } }],
    ['an order on a flag', { sharedWithSubunits: { $gt: true } }],
    ['a relation operator other than ids', { unit: { $ne: 4 } }],
    // an item without a column has a null row where the column is joined: it may match
    ['a test for null inside a relation', { column: { name: { $null: true } } }],
    ['a null value inside a relation', { column: { $or: [{ name: null }, { slug: 'x' }] } }],
  ])('not restated: %s', async (_, filters) => {
    await expect(plan(filters)).rejects.toBeInstanceOf(NotPlannable);
  });

  test('scalars keep their meaning: ids, document ids, flags, null, $not', async () => {
    expect(await plan({ id: { $in: ['3', 4] } })).toEqual({
      op: 'compare',
      column: 'row_id',
      comparison: 'in',
      value: [3, 4],
    });
    expect(await plan({ documentId: null })).toEqual({
      op: 'compare',
      column: 'document_id',
      comparison: 'null',
    });
    expect(await plan({ sharedWithSubunits: { $ne: 'false' } })).toEqual({
      op: 'compare',
      column: 'shared',
      comparison: '<>',
      value: 0,
    });
    expect(await plan({ $not: { sharedWithSubunits: true } })).toEqual({
      op: 'not',
      item: { op: 'compare', column: 'shared', comparison: '=', value: 1 },
    });
  });

  test('relations by id, or without any', async () => {
    expect(await plan({ unit: 4 })).toEqual({ op: 'unit', ids: [4] });
    expect(await plan({ unit: { $in: [4, 5] } })).toEqual({ op: 'unit', ids: [4, 5] });
    expect(await plan({ topics: { $null: true } })).toEqual({
      op: 'link-null',
      field: 'topics',
      isNull: true,
    });
    expect(await plan({ unit: null })).toEqual({ op: 'unit-null', isNull: true });
    expect(await plan({ column: { documentId: { $notNull: true } } })).toEqual({
      op: 'link-null',
      field: 'column',
      isNull: false,
    });
    expect(await plan({ column: { id: null } })).toEqual({
      op: 'link-null',
      field: 'column',
      isNull: true,
    });
  });

  test('a filter that can match nothing has no scan to start from', async () => {
    const condition: Condition = await plan({ $and: [{ unit: { slug: { $eq: 'none' } } }] });
    expect(condition).toEqual({ op: 'unit', ids: [] });
    expect(driversOf(condition)).toEqual([]);
  });

  test('a column page starts from the column, a plain list from the whole type', async () => {
    expect(driversOf(await plan({ column: { slug: { $eq: 'cai-cach-hanh-chinh' } } }))).toEqual([
      { kind: 'link', field: 'column', id: 1 },
    ]);
    expect(driversOf(await plan({ sharedWithSubunits: true }))).toBeNull();
  });
});
