import fs from 'node:fs';
import path from 'node:path';
import { METRICS, METRIC_LABELS } from '../metrics';

// the schemas are data Strapi reads at start; the metrics module is what the code counts
const COMPONENTS = path.resolve(__dirname, '../../../../../../components/report');

interface Attribute {
  type: string;
  enum?: string[];
}
const attributesOf = (file: string) =>
  (
    JSON.parse(fs.readFileSync(path.join(COMPONENTS, file), 'utf8')) as {
      attributes: Record<string, Attribute>;
    }
  ).attributes;

describe('the report metrics are declared once', () => {
  test('every metric has a Vietnamese label', () => {
    expect(Object.keys(METRIC_LABELS)).toEqual([...METRICS]);
  });

  test('the activity counts component has one number per metric, in the form order', () => {
    const attributes = attributesOf('activity-counts.json');
    expect(Object.keys(attributes)).toEqual([...METRICS]);
    for (const attribute of Object.values(attributes)) {
      expect(['integer', 'decimal']).toContain(attribute.type);
    }
  });

  test('every metric enumeration of the report components lists exactly the metrics', () => {
    const enumerations = fs
      .readdirSync(COMPONENTS)
      .filter((file) => file.endsWith('.json'))
      .flatMap((file) =>
        Object.entries(attributesOf(file))
          .filter(([name, attribute]) => attribute.type === 'enumeration' && /metric$/i.test(name))
          .map(([name, attribute]) => ({ at: `${file} ${name}`, values: attribute.enum }))
      );
    // a count correction and a piece of evidence name the metric they are for
    expect(enumerations.map((e) => e.at)).toEqual(
      expect.arrayContaining(['count-correction.json metric', 'evidence.json metric'])
    );
    for (const { at, values } of enumerations) {
      expect({ at, values }).toEqual({ at, values: [...METRICS] });
    }
  });
});
