import type { Pdfjs } from './load-pdfjs.js';
import { apply, IDENTITY, type Matrix, multiply, type Point } from './pdf-orientation.js';

// Table borders of a PDF page: the horizontal and vertical lines it paints, in page coordinates.

/** An axis-aligned line on the page; for a horizontal one `from`/`to` are x and `at` is y, and vice versa. */
export interface Ruling {
  readonly direction: 'horizontal' | 'vertical';
  readonly at: number;
  readonly from: number;
  readonly to: number;
}

/** The part of pdfjs's operator list we read. */
export interface OperatorList {
  readonly fnArray: readonly number[];
  readonly argsArray: readonly unknown[];
}

/** pdfjs's operator numbers (passed in, so that pdfjs loads only when a PDF is read). */
type Operators = Pdfjs['OPS'];
/** A filled rectangle thinner than this (points) is a drawn line, as Word draws cell borders. */
const MAX_LINE_THICKNESS = 3;
const MIN_RULING_LENGTH = 2;

// Path commands inside pdfjs 5's constructPath data (its DrawOPS), with their numbers of operands.
const MOVE_TO = 0;
const CLOSE_PATH = 4;
const OPERAND_COUNTS: Record<number, number> = { 0: 2, 1: 2, 2: 6, 3: 4, 4: 0 };

/**
 * Collects the painted straight lines (strokes and hairline fills) of one page's operator list, in the
 * coordinates `page` maps user space to (the identity, or a turn that sets sideways text upright).
 */
export function findRulings(operators: OperatorList, ops: Operators, page: Matrix = IDENTITY): Ruling[] {
  const paints = {
    strokes: new Set<number>([
      ops.stroke,
      ops.closeStroke,
      ops.fillStroke,
      ops.eoFillStroke,
      ops.closeFillStroke,
      ops.closeEOFillStroke,
    ]),
    fills: new Set<number>([ops.fill, ops.eoFill]),
  };
  const rulings: Ruling[] = [];
  const stack: Matrix[] = [];
  let matrix: Matrix = page;
  operators.fnArray.forEach((operator, index) => {
    const args = operators.argsArray[index] as unknown[] | null;
    if (operator === ops.save) stack.push(matrix);
    else if (operator === ops.restore) matrix = stack.pop() ?? page;
    else if (operator === ops.transform) matrix = multiply(args as unknown as Matrix, matrix);
    else if (operator === ops.paintFormXObjectBegin) {
      stack.push(matrix);
      if (Array.isArray(args?.[0]) || ArrayBuffer.isView(args?.[0]))
        matrix = multiply(Array.from(args[0] as ArrayLike<number>) as unknown as Matrix, matrix);
    } else if (operator === ops.paintFormXObjectEnd) matrix = stack.pop() ?? page;
    else if (operator === ops.constructPath && args) rulings.push(...readPath(args, matrix, paints));
  });
  return rulings;
}

function readPath(
  args: readonly unknown[],
  matrix: Matrix,
  paints: { strokes: Set<number>; fills: Set<number> },
): Ruling[] {
  const paint = args[0] as number;
  const data = (args[1] as ArrayLike<number>[] | undefined)?.[0];
  if (!data) return [];
  const subpaths = splitSubpaths(data).map((points) => points.map((point) => apply(matrix, point)));
  if (paints.strokes.has(paint)) return subpaths.flatMap(strokeRulings);
  if (paints.fills.has(paint)) return subpaths.flatMap(hairlineRulings);
  return [];
}

/** Splits path data into point lists, one per subpath; a closed subpath repeats its first point. */
function splitSubpaths(data: ArrayLike<number>): Point[][] {
  const subpaths: Point[][] = [];
  let current: Point[] = [];
  for (let index = 0; index < data.length; ) {
    const command = data[index] ?? -1;
    const operands = OPERAND_COUNTS[command];
    if (operands === undefined) break;
    // Every drawing command ends at its last two operands; a curve's control points never make a ruling.
    const end: Point = [data[index + operands - 1] ?? 0, data[index + operands] ?? 0];
    if (command === MOVE_TO) {
      if (current.length > 1) subpaths.push(current);
      current = [end];
    } else if (command === CLOSE_PATH) {
      if (current[0]) current.push(current[0]);
    } else current.push(end);
    index += 1 + operands;
  }
  if (current.length > 1) subpaths.push(current);
  return subpaths;
}

function strokeRulings(points: readonly Point[]): Ruling[] {
  return points.slice(1).flatMap((point, index) => {
    const ruling = toRuling(points[index] ?? point, point);
    return ruling ? [ruling] : [];
  });
}

/** A filled thin rectangle becomes the line along its middle; larger fills are cell shading, not borders. */
function hairlineRulings(points: readonly Point[]): Ruling[] {
  const xs = points.map(([x]) => x);
  const ys = points.map(([, y]) => y);
  const [left, right, bottom, top] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  if (points.length < 4) return [];
  const rulings: Ruling[] = [];
  if (top - bottom <= MAX_LINE_THICKNESS && right - left > top - bottom) {
    rulings.push({ direction: 'horizontal', at: (top + bottom) / 2, from: left, to: right });
  } else if (right - left <= MAX_LINE_THICKNESS && top - bottom > right - left) {
    rulings.push({ direction: 'vertical', at: (left + right) / 2, from: bottom, to: top });
  }
  return rulings.filter(isLongEnough);
}

function toRuling([x1, y1]: Point, [x2, y2]: Point): Ruling | undefined {
  const ruling: Ruling | undefined =
    Math.abs(y1 - y2) < 0.5
      ? { direction: 'horizontal', at: (y1 + y2) / 2, from: Math.min(x1, x2), to: Math.max(x1, x2) }
      : Math.abs(x1 - x2) < 0.5
        ? { direction: 'vertical', at: (x1 + x2) / 2, from: Math.min(y1, y2), to: Math.max(y1, y2) }
        : undefined;
  return ruling && isLongEnough(ruling) ? ruling : undefined;
}

function isLongEnough(ruling: Ruling): boolean {
  return ruling.to - ruling.from >= MIN_RULING_LENGTH;
}
