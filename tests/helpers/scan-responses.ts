import { scanReport } from './response-scan';

// Runs after each test file: the responses it produced leaked nothing.
afterAll(() => {
  const { leaks } = scanReport();
  expect(leaks).toEqual([]);
});
