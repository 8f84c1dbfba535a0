// A country's public holidays, from the date-holidays library (its data is kept up to date by its
// contributors country by country: Easter's dates, substitute days, a one-off royal holiday), so
// that plans need not type them by hand. The engine stays pure: this turns `holidays GB-ENG` into
// plain dates for the calendar's input.
import type Holidays from 'date-holidays';
import type { HolidaysTypes } from 'date-holidays';
import { distance as editDistance } from 'fastest-levenshtein';
import { dayNumberOf, isoDateOfDayNumber, type IsoDate } from '../engine/calendar-dates.js';

export interface PublicHoliday {
    readonly date: IsoDate;
    /** The last day, for a holiday of several days. */
    readonly to?: IsoDate;
    readonly name: string;
}

/**
 * Only `public` holidays are days off. The library's other types are not days off for everyone:
 * `bank` (banks and some offices close, as on Christmas Eve in Germany), `school`, `optional`
 * (many take the day off) and `observance` (Mother's Day). England's bank holidays, Good Friday
 * and the substitute days are `public` in its data.
 */
const DAY_OFF_TYPES: HolidaysTypes.HolidayType[] = ['public'];

/**
 * The library, loaded on first use: reading its data of every country takes a fifth of a second,
 * which the CLI and the language server should not pay at every start for plans without
 * `holidays`. Its CommonJS build, which the bundles (CommonJS) and the tests can require.
 */
let library_: typeof Holidays | undefined;

function HolidaysLibrary(): typeof Holidays {
    return library_ ??= require('date-holidays') as typeof Holidays;
}

/**
 * Where what the library answered may be kept between runs: a short-lived process (the CLI, run in
 * a git hook) then loads the library only for a code or year it has not met before.
 */
export interface PublicHolidayStore {
    get(key: string): unknown;
    set(key: string, value: unknown): void;
}

let store: PublicHolidayStore | undefined;

export function keepPublicHolidaysIn(next: PublicHolidayStore | undefined): void {
    store = next;
}

let all: Holidays | undefined;
const byCode = new Map<string, Holidays | undefined>();
const byYear = new Map<string, readonly PublicHoliday[]>();
let codes: ReadonlyMap<string, string> | undefined;

function library(): Holidays {
    return all ??= new (HolidaysLibrary())();
}

/**
 * Every code the library knows, with its name: countries (`GB`), their states or regions
 * (`GB-ENG`) and the regions within those (`DE-BY-A`).
 */
export function holidayCodes(): ReadonlyMap<string, string> {
    const kept = codes ? undefined : store?.get('codes') as [string, string][] | undefined;
    if (kept) {
        codes = new Map(kept);
    }
    if (!codes) {
        const found = new Map<string, string>();
        for (const [country, countryName] of Object.entries(library().getCountries('en') ?? {})) {
            found.set(country, countryName);
            for (const [state, stateName] of Object.entries(library().getStates(country, 'en') ?? {})) {
                found.set(`${country}-${state}`, `${stateName}, ${countryName}`);
                for (const [region, regionName] of Object.entries(library().getRegions(country, state, 'en') ?? {})) {
                    found.set(`${country}-${state}-${region}`, `${regionName}, ${stateName}, ${countryName}`);
                }
            }
        }
        codes = found;
        store?.set('codes', [...found]);
    }
    return codes;
}

export function isKnownHolidayCode(code: string): boolean {
    return holidayCodes().has(code);
}

/** What the code names: `England, United Kingdom`. */
export function holidayCodeName(code: string): string | undefined {
    return holidayCodes().get(code);
}

/**
 * Known codes close to an unknown one, best first: the same code in capitals, else those a letter
 * or two away, else the regions of a known country.
 */
export function closeHolidayCodes(code: string, count = 5): string[] {
    const known = [...holidayCodes().keys()];
    const upper = code.toUpperCase();
    if (upper !== code && isKnownHolidayCode(upper)) {
        return [upper];
    }
    const near = known.map(candidate => ({ candidate, distance: editDistance(upper, candidate) }))
        .filter(({ distance }) => distance <= (upper.length <= 3 ? 1 : 2));
    near.sort((a, b) => a.distance - b.distance || a.candidate.localeCompare(b.candidate));
    if (near.length > 0 || !upper.includes('-')) {
        return near.slice(0, count).map(({ candidate }) => candidate);
    }
    // A known country with a region it does not have: its regions.
    const country = upper.split('-')[0];
    const distances = known.filter(candidate => candidate.startsWith(`${country}-`) && candidate.split('-').length === 2)
        .map(candidate => ({ candidate, distance: editDistance(upper, candidate) }));
    distances.sort((a, b) => a.distance - b.distance || a.candidate.localeCompare(b.candidate));
    return distances.slice(0, count).map(({ candidate }) => candidate);
}

/** The public holidays of a known code in the years given, in date order; undefined for an unknown code. */
export function publicHolidaysOf(code: string, fromYear: number, toYear: number): PublicHoliday[] | undefined {
    if (!isKnownHolidayCode(code)) {
        return undefined;
    }
    const holidays: PublicHoliday[] = [];
    for (let year = fromYear; year <= toYear; year++) {
        holidays.push(...publicHolidaysIn(code, year));
    }
    return holidays;
}

function publicHolidaysIn(code: string, year: number): readonly PublicHoliday[] {
    const key = `${code} ${year}`;
    let found = byYear.get(key) ?? store?.get(key) as readonly PublicHoliday[] | undefined;
    if (!found) {
        let calendar = byCode.get(code);
        if (!byCode.has(code)) {
            const [country, state, region] = code.split('-');
            byCode.set(code, calendar = new (HolidaysLibrary())(country, state, region, { types: DAY_OFF_TYPES }));
        }
        found = (calendar?.getHolidays(year, 'en') ?? [])
            .filter(holiday => DAY_OFF_TYPES.includes(holiday.type))
            .map(holiday => {
                const date = holiday.date.slice(0, 10);
                // A holiday of several days ends where the next day's starts.
                const days = Math.max(1, Math.round((holiday.end.getTime() - holiday.start.getTime()) / 86_400_000));
                return days > 1 ? { date, to: isoDateOfDayNumber(dayNumberOf(date) + days - 1), name: holiday.name } : { date, name: holiday.name };
            });
        store?.set(key, found);
    }
    byYear.set(key, found);
    return found;
}
