import type { Random } from '../../support/seeded-random.js';

/** A span of source text that the mutators treat as one token. */
interface Token {
    readonly start: number;
    readonly end: number;
}

/**
 * A rough tokenizer of .proj text: strings, comments, dates/durations/numbers, ids and single
 * punctuation characters. It need not agree with the real lexer, only cut text at plausible places.
 */
const TOKEN = /"(?:\\.|[^"\\\r\n])*"|\/\/[^\r\n]*|\/\*[\s\S]*?\*\/|[+-]?[0-9][\w.-]*|[_a-zA-Z]\w*|\S/gu;

export function tokenize(text: string): Token[] {
    return [...text.matchAll(TOKEN)].map(match => ({ start: match.index, end: match.index + match[0].length }));
}

/** Lines with their terminators, so that joining them gives back the text. */
function linesOf(text: string): string[] {
    return text.match(/[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$/g) ?? [];
}

const STRAY_UNICODE = [
    '\u{1F680}', '\u{1F468}\u200D\u{1F469}\u200D\u{1F467}', '\u{1F1EC}\u{1F1E7}',     // emoji, a ZWJ family, a flag
    '\u0301', 'e\u0301', '\u0308\u0308\u0308',                                      // combining marks
    '\u200F', '\u200E', '\u202E', '\u2066', '\u2069', '\u061C',                     // RTL/LTR marks, overrides, isolates
    '\u0000', '\u0000\u0000',                                                       // NUL
    '\uD800', '\uDC00', '\uDBFF', 'a\uDFFFb',                                       // lone surrogates
    '\r', '\r\r', '\n\r', '\u2028', '\u2029', '\u0085', '\u000B', '\u000C',          // CR-only and other line breaks
    '\uFEFF', '\u200B', '\u00A0', '\u3000',                                         // BOM, zero-width and odd spaces
    'ñ', 'ß', 'İ', 'ſ', '\u212A', 'Ⅻ', '٣', '𝟘',                                     // letters and digits the lexer does not expect
    '"', '"unterminated', '/*', '*/', '//', '\\', '%', '/', '.', ',', '{', '}', '{}', '+', '-',
];

const DATES = [
    '2027-02-30', '2027-02-29', '2028-02-29', '2027-13-01', '2027-00-10', '2027-04-31', '0000-00-00',
    '9999-12-31', '2027-01-04', '1970-01-01', '2027-1-4', '20270-01-01', '2027-02-28T00:00',
];

const DURATIONS = [
    '0d', '1d', '5d', '2w', '+2d', '-1d', '-3w', '1.5d', '0.0w', '99999999999999999999d', '1e3d', '+d', '-0d', '3h',
];

const NUMBERS = ['0', '1', '5', '6', '-1', '100', '101', '3.5', '1e9', '99999999999999999999999', '0.000001', 'NaN', 'Infinity'];

const IDS = [
    'x', '_', 'fitout', 'survey', 'approval', 'alex', 'crew', 'office_move', 'office_move.fitout', 'office_move.nope',
    'a.b.c', 'K9', 'S9', 'K999', 'B1', 'ST0310', 'constructor', '__proto__', 'toString', 'hasOwnProperty', 'prototype',
    'undefined', 'null', 'NaN', 'a'.repeat(300),
];

const STRINGS = ['""', '"x"', '"\\"', '"a\\"b"', '"\u{1F680}"', '"line\\nbreak"'];

/** A piece of plausible .proj vocabulary: a keyword, id, date, duration, number or string. */
function vocabulary(random: Random, keywords: readonly string[]): string {
    switch (random.int(7)) {
        case 0:
        case 1: return random.pick(keywords);
        case 2: return random.pick(IDS);
        case 3: return random.pick(DATES);
        case 4: return random.pick(DURATIONS);
        case 5: return random.pick(NUMBERS);
        default: return random.pick(STRINGS);
    }
}

function insertAt(text: string, offset: number, insertion: string): string {
    return text.slice(0, offset) + insertion + text.slice(offset);
}

/** A random offset between two tokens, or anywhere (also inside a token) when `anywhere`. */
function randomOffset(text: string, random: Random, anywhere: boolean): number {
    const tokens = tokenize(text);
    if (anywhere || tokens.length === 0) {
        return random.int(text.length + 1);
    }
    const token = random.pick(tokens);
    return random.chance(0.5) ? token.start : token.end;
}

export type Mutator = (text: string, random: Random, keywords: readonly string[]) => string;

export const MUTATORS: Readonly<Record<string, Mutator>> = {
    'delete-token': (text, random) => {
        const tokens = tokenize(text);
        if (tokens.length === 0) {
            return text;
        }
        const token = random.pick(tokens);
        return text.slice(0, token.start) + text.slice(token.end);
    },
    'duplicate-token': (text, random) => {
        const tokens = tokenize(text);
        if (tokens.length === 0) {
            return text;
        }
        const token = random.pick(tokens);
        const image = text.slice(token.start, token.end);
        return insertAt(text, token.end, random.chance(0.5) ? ' ' + image : image);
    },
    'swap-tokens': (text, random) => {
        const tokens = tokenize(text);
        if (tokens.length < 2) {
            return text;
        }
        let [first, second] = [random.pick(tokens), random.pick(tokens)];
        if (first.start > second.start) {
            [first, second] = [second, first];
        }
        if (first === second) {
            return text;
        }
        return text.slice(0, first.start) + text.slice(second.start, second.end)
            + text.slice(first.end, second.start) + text.slice(first.start, first.end) + text.slice(second.end);
    },
    'delete-line': (text, random) => {
        const lines = linesOf(text);
        if (lines.length === 0) {
            return text;
        }
        lines.splice(random.int(lines.length), 1);
        return lines.join('');
    },
    'duplicate-line': (text, random) => {
        const lines = linesOf(text);
        if (lines.length === 0) {
            return text;
        }
        const at = random.int(lines.length);
        lines.splice(at, 0, lines[at]);
        return lines.join('');
    },
    'swap-lines': (text, random) => {
        const lines = linesOf(text);
        if (lines.length < 2) {
            return text;
        }
        const [a, b] = [random.int(lines.length), random.int(lines.length)];
        [lines[a], lines[b]] = [lines[b], lines[a]];
        return lines.join('');
    },
    'truncate': (text, random) => text.slice(0, random.int(text.length + 1)),
    'stray-unicode': (text, random) => {
        let result = text;
        for (let count = random.between(1, 3); count > 0; count--) {
            result = insertAt(result, randomOffset(result, random, random.chance(0.5)), random.pick(STRAY_UNICODE));
        }
        return result;
    },
    'cr-line-breaks': (text, random) => {
        // Turn some (or all) line breaks into old-Mac CR-only ones, or CRLF.
        const replacement = random.pick(['\r', '\r\n', '\n\r']);
        const everywhere = random.chance(0.3);
        return text.replace(/\r\n|\n/g, line => everywhere || random.chance(0.3) ? replacement : line);
    },
    'insert-vocabulary': (text, random, keywords) => {
        let result = text;
        for (let count = random.between(1, 3); count > 0; count--) {
            const word = vocabulary(random, keywords);
            const spaced = random.chance(0.8) ? ` ${word} ` : word;
            result = insertAt(result, randomOffset(result, random, random.chance(0.2)), spaced);
        }
        return result;
    },
    'replace-token': (text, random, keywords) => {
        const tokens = tokenize(text);
        if (tokens.length === 0) {
            return text;
        }
        const token = random.pick(tokens);
        return text.slice(0, token.start) + vocabulary(random, keywords) + text.slice(token.end);
    },
};

export const MUTATOR_NAMES = Object.keys(MUTATORS);

/** Applies `steps` random mutations in turn; returns the text and the names of the mutations applied. */
export function mutate(text: string, random: Random, keywords: readonly string[], steps: number): { text: string; applied: string[] } {
    const applied: string[] = [];
    let result = text;
    for (let step = 0; step < steps; step++) {
        const name = random.pick(MUTATOR_NAMES);
        result = MUTATORS[name](result, random, keywords);
        applied.push(name);
    }
    return { text: result, applied };
}
