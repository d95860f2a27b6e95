// China's administrative places by name (GB/T 2260 codes, as the china-area-data package ships them): a city
// added before an organ's district must be a place's name, never the end of a sentence ("本报告由淮安市…").
import { createRequire } from 'node:module';

/** Codes of the places under each code ("86" holds the provinces): `{ "320000": { "320800": "淮安市" } }`. */
type AreaData = Readonly<Record<string, Readonly<Record<string, string>>>>;

let cities: ReadonlySet<string> | undefined;
let places: ReadonlySet<string> | undefined;
let provinces: ReadonlyMap<string, ReadonlySet<string>> | undefined;

const readAreaData = (): AreaData => createRequire(import.meta.url)('china-area-data/v5/data.json') as AreaData;

/** Names of provinces (with the four municipalities, 北京市) and of cities and prefectures: loaded on first use. */
function loadCities(): ReadonlySet<string> {
  if (cities !== undefined) return cities;
  const data = readAreaData();
  // Under "86" the provinces, under each province code (xx0000) its cities; under a city's code its counties.
  cities = new Set(
    Object.entries(data).flatMap(([code, children]) =>
      code === '86' || code.endsWith('0000') ? Object.values(children) : [],
    ),
  );
  return cities;
}

/** Whether a name is a province, municipality, city, prefecture or 盟: `isCityName("淮安市") === true`, "告由淮安市" false. */
export function isCityName(name: string): boolean {
  return loadCities().has(name);
}

/** Whether a name is any administrative place, down to counties and districts: 沭阳县 is, the OCR's 沐阳县 is not. */
export function isPlaceName(name: string): boolean {
  return loadPlaces().has(name);
}

/** Every administrative place's name, down to counties and districts (北京市, 淮安市, 沭阳县, …). */
export function placeNames(): ReadonlySet<string> {
  return loadPlaces();
}

function loadPlaces(): ReadonlySet<string> {
  places ??= new Set(Object.values(readAreaData()).flatMap((children) => Object.values(children)));
  return places;
}

let placesByMask: ReadonlyMap<string, readonly string[]> | undefined;

/** A name with the character at `at` masked: 沐阳县, 0 → ?阳县. */
const masked = (chars: readonly string[], at: number): string =>
  [...chars.slice(0, at), '?', ...chars.slice(at + 1)].join('');

/** Every place under each of its names with one character but the ending masked, in the gazetteer's order. */
function loadPlacesByMask(): ReadonlyMap<string, readonly string[]> {
  if (placesByMask !== undefined) return placesByMask;
  const byMask = new Map<string, string[]>();
  for (const place of loadPlaces()) {
    const chars = [...place];
    for (let at = 0; at < chars.length - 1; at += 1) {
      const key = masked(chars, at);
      const list = byMask.get(key);
      if (list) list.push(place);
      else byMask.set(key, [place]);
    }
  }
  placesByMask = byMask;
  return byMask;
}

/**
 * Places as long as `name` with its ending that differ from it in one other character: what a misprinted place may
 * have been (`placesOneCharFrom("沐阳县")` holds 沭阳县, and 泌阳县 beside it). Looked up by masked name, so asking
 * it of every organ of a large store stays cheap.
 */
export function placesOneCharFrom(name: string): string[] {
  const chars = [...name];
  const byMask = loadPlacesByMask();
  const found = new Set<string>();
  for (let at = 0; at < chars.length - 1; at += 1)
    for (const place of byMask.get(masked(chars, at)) ?? []) if (place !== name) found.add(place);
  return [...found];
}

/**
 * The provinces (with the municipalities and autonomous regions) a place lies in, by its code's first two digits:
 * `provincesOf("淮安市")` is {江苏省}; a name of several places (a 南山区 of several cities) can give more than one;
 * a name that is no place (the OCR's 沐阳县) gives none.
 */
export function provincesOf(name: string): ReadonlySet<string> {
  if (provinces === undefined) {
    const data = readAreaData();
    const names = data['86'] ?? {};
    const found = new Map<string, Set<string>>();
    for (const [parent, children] of Object.entries(data)) {
      if (parent === '86') continue;
      for (const [code, place] of Object.entries(children)) {
        const province = names[`${code.slice(0, 2)}0000`];
        if (province === undefined) continue;
        const held = found.get(place) ?? new Set<string>();
        found.set(place, held.add(province));
      }
    }
    for (const province of Object.values(names)) found.set(province, new Set([province]));
    provinces = found;
  }
  return provinces.get(name) ?? new Set();
}
