// Pages whose text runs sideways: a landscape table printed on a portrait page, or content drawn rotated
// under a /Rotate key. The reader turns each page so that most of its text runs left to right.

/** A PDF transformation matrix [a b c d e f]: x' = a·x + c·y + e, y' = b·x + d·y + f. */
export type Matrix = readonly [number, number, number, number, number, number];
export type Point = readonly [number, number];

export const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

/** Matrices that turn text running at 0, 90, 180 or 270 degrees back to 0. */
const UPRIGHT_BY_ANGLE: Record<number, Matrix> = {
  0: IDENTITY,
  90: [0, -1, 1, 0, 0, 0],
  180: [-1, 0, 0, -1, 0, 0],
  270: [0, 1, -1, 0, 0, 0],
};

/** The direction a text run goes, to the nearest quarter turn: 0, 90, 180 or 270 degrees. */
export function textAngle(transform: readonly number[]): number {
  const [a = 1, b = 0] = transform;
  const degrees = (Math.atan2(b, a) * 180) / Math.PI;
  return (((Math.round(degrees / 90) * 90) % 360) + 360) % 360;
}

/** The angle most of the page's characters run at, and the matrix that turns the page so they run at 0. */
export function findUpright(runs: readonly { readonly str: string; readonly transform: readonly number[] }[]): {
  angle: number;
  matrix: Matrix;
} {
  const characters = new Map<number, number>();
  for (const run of runs) {
    const angle = textAngle(run.transform);
    characters.set(angle, (characters.get(angle) ?? 0) + run.str.trim().length);
  }
  const [angle = 0] = [...characters].sort((a, b) => b[1] - a[1])[0] ?? [];
  return { angle, matrix: UPRIGHT_BY_ANGLE[angle] ?? IDENTITY };
}

/** `multiply(m, ctm)`: the matrix that applies m first, then ctm (PDF's `cm` operator). */
export function multiply(m: Matrix, ctm: Matrix): Matrix {
  const [a, b, c, d, e, f] = m;
  const [A, B, C, D, E, F] = ctm;
  return [a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D, e * A + f * C + E, e * B + f * D + F];
}

export function apply([a, b, c, d, e, f]: Matrix, [x, y]: Point): Point {
  return [a * x + c * y + e, b * x + d * y + f];
}
