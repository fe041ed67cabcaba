import { toOneChange } from '../relation-input';

describe('what a write says about a to-one relation', () => {
  test.each([
    ['absent', {}, { kind: 'unchanged' }],
    ['no data', undefined, { kind: 'unchanged' }],
    ['null', { unit: null }, { kind: 'cleared' }],
    ['an empty list', { unit: [] }, { kind: 'cleared' }],
    ['a documentId', { unit: 'abc123' }, { kind: 'set', ref: { documentId: 'abc123' } }],
    ['a numeric id', { unit: 7 }, { kind: 'set', ref: { id: 7 } }],
    ['an id as text', { unit: '7' }, { kind: 'set', ref: { id: 7 } }],
    [
      '{ documentId }',
      { unit: { documentId: 'abc' } },
      { kind: 'set', ref: { documentId: 'abc' } },
    ],
    ['{ id }', { unit: { id: '9' } }, { kind: 'set', ref: { id: 9 } }],
    ['a list: the last wins', { unit: ['a', 'b'] }, { kind: 'set', ref: { documentId: 'b' } }],
    [
      'connect',
      { unit: { connect: [{ documentId: 'x' }] } },
      { kind: 'set', ref: { documentId: 'x' } },
    ],
    ['set', { unit: { set: [{ id: 3 }] } }, { kind: 'set', ref: { id: 3 } }],
    ['set to nothing', { unit: { set: [] } }, { kind: 'cleared' }],
    ['disconnect', { unit: { disconnect: [{ id: 3 }] } }, { kind: 'cleared' }],
    ['an empty connect', { unit: { connect: [] } }, { kind: 'unchanged' }],
    ['something else', { unit: { name: 'Xã' } }, { kind: 'unchanged' }],
    ['a boolean', { unit: true }, { kind: 'unchanged' }],
  ])('%s', (_name, data, expected) => {
    expect(toOneChange(data as Record<string, unknown> | undefined, 'unit')).toEqual(expected);
  });

  test('connect wins over disconnect in one write', () => {
    expect(toOneChange({ unit: { connect: ['new'], disconnect: ['old'] } }, 'unit')).toEqual({
      kind: 'set',
      ref: { documentId: 'new' },
    });
  });
});
