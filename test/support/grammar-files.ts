import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const GRAMMAR_DIRECTORY = fileURLToPath(new URL('../../language/src/', import.meta.url));

/** The grammar's source files: proj.langium, the entry, and the files it imports, one per concern. */
export function grammarFiles(): string[] {
    return readdirSync(GRAMMAR_DIRECTORY).filter(file => file.endsWith('.langium')).sort();
}

/** The text of every grammar file, comments left out, so that a word quoted in a comment is not taken for a keyword. */
export function grammarText(): string {
    return grammarFiles()
        .map(file => readFileSync(GRAMMAR_DIRECTORY + file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/[^\n\r]*/g, ''))
        .join('\n');
}

/** The keywords of the grammar that are words (`task`, `start`), not punctuation. */
export function grammarKeywords(): Set<string> {
    return new Set([...grammarText().matchAll(/'([A-Za-z]+)'/g)].map(match => match[1]));
}
