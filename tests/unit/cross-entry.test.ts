import { describe, expect, it } from 'vitest';
import { checkNumbering } from '../../src/lib/content/cross-entry.ts';

const entries = (numbers: number[]) => numbers.map((n) => ({ file: `content/sections/${n}.mdx`, number: n, title: `t${n}` }));

describe('checkNumbering', () => {
  it('accepts 1..N without gaps', () => {
    expect(checkNumbering(entries([1, 2, 3]), 3, 'content/report.yaml')).toEqual([]);
  });
  it('names the file, field, expected range and found value for a number too big', () => {
    const [issue] = checkNumbering(entries([1, 2, 3, 27]), 3, 'content/report.yaml');
    expect(issue).toMatchObject({ file: 'content/sections/27.mdx', field: 'number' });
    expect(issue?.message).toMatch(/expected a number from 1 to 3.*found 27/);
  });
  it('names both files of a duplicate number', () => {
    const issues = checkNumbering([...entries([1, 2]), { file: 'content/sections/x.mdx', number: 2, title: 'x' }], 3, 'content/report.yaml');
    expect(issues.filter((i) => i.message.includes('found 2, also used by'))).toHaveLength(2);
    expect(issues.some((i) => i.message.includes('number 3'))).toBe(true);
  });
});
