import { eventually } from './service-under-test';

describe('eventually', () => {
  it('returns the first defined value', async () => {
    let calls = 0;
    await expect(eventually(async () => (++calls >= 3 ? calls : undefined), 2000, 5)).resolves.toBe(3);
  });

  it('fails with the last error when the time runs out', async () => {
    await expect(
      eventually(
        async () => {
          throw new Error('not yet');
        },
        50,
        5,
      ),
    ).rejects.toThrow(/not met within 50 ms: not yet/);
  });
});
