/** Numbered, timed steps on the console; a failed step says which one and what to do next. */
export function progress(label: string) {
  let n = 0;
  const started = Date.now();
  const stamp = () => `${((Date.now() - started) / 1000).toFixed(1).padStart(6)}s`;
  const step = async <T>(title: string, work: () => Promise<T>): Promise<T> => {
    const i = ++n;
    const t0 = Date.now();
    console.log(`[${label}] ${stamp()}  ${i}. ${title} ...`);
    try {
      const result = await work();
      console.log(`[${label}] ${stamp()}  ${i}. ${title}: done in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
      return result;
    } catch (error) {
      console.error(`[${label}] ${stamp()}  ${i}. ${title}: FAILED\n    ${(error as Error).message}`);
      throw Object.assign(new Error(`step "${title}" failed`), { reported: true });
    }
  };
  const say = (message: string) => console.log(`[${label}] ${stamp()}     ${message}`);
  return { step, say, elapsed: () => (Date.now() - started) / 1000 };
}
