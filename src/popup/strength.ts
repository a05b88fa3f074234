// Password strength by zxcvbn-ts (dictionary and pattern based), loaded only on the screens that
// set a password so the popup opens fast.
export type Strength = 0 | 1 | 2 | 3 | 4;
export const MIN_STRENGTH: Strength = 3;

let estimator: Promise<(pw: string) => Strength> | undefined;

function load(): Promise<(pw: string) => Strength> {
  estimator ??= Promise.all([import('@zxcvbn-ts/core'), import('@zxcvbn-ts/language-common')]).then(
    ([core, common]) => {
      const z = new core.ZxcvbnFactory({ dictionary: common.dictionary, graphs: common.adjacencyGraphs });
      return (pw: string) => z.check(pw).score as Strength;
    },
  );
  return estimator;
}

export async function passwordStrength(pw: string): Promise<Strength> {
  if (!pw) return 0;
  return (await load())(pw);
}
