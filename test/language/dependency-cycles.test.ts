import { describe, expect, test } from 'vitest';
import { findCycleEdges, type PrecedenceEdge } from '../../language/src/engine/dependency-cycles.js';

const edge = (from: string, to: string): PrecedenceEdge<string> => ({ from, to, tag: `${from}>${to}` });

function ring(size: number): Array<PrecedenceEdge<string>> {
    return Array.from({ length: size }, (_, i) => edge(`t${i}`, `t${(i + 1) % size}`));
}

describe('finding dependency cycles', () => {
    test('a chain without a loop has none', () => {
        expect(findCycleEdges([edge('a', 'b'), edge('b', 'c'), edge('a', 'c')])).toEqual([]);
    });

    test('each edge of a small loop gets the shortest cycle through it', () => {
        const cycles = findCycleEdges([edge('a', 'b'), edge('b', 'c'), edge('c', 'a'), edge('b', 'a')]);
        expect(cycles.map(c => [c.edge.tag, c.length, c.head.join(' ')])).toEqual([
            ['a>b', 2, 'a b a'],
            ['b>c', 3, 'b c a b'],
            ['c>a', 3, 'c a b c'],
            ['b>a', 2, 'b a b'],
        ]);
    });

    test('a loop through thousands of tasks marks every edge, showing only the ends of the loop', () => {
        const cycles = findCycleEdges(ring(5000));
        expect(cycles).toHaveLength(5000);
        expect(cycles.every(c => c.length === 5000)).toBe(true);
        expect(cycles[10]).toMatchObject({ head: ['t10', 't11', 't12', 't13', 't14', 't15'], tail: ['t5', 't6', 't7', 't8', 't9', 't10'] });
    });

    test('in a large component a short loop is still shown whole, root counted once', () => {
        const edges = [...ring(100), edge('t50', 't0'), edge('t0', 't50')];
        const short = findCycleEdges(edges).find(c => c.edge.tag === 't50>t0')!;
        expect(short.tail).toEqual([]);
        expect(short.head[0]).toBe('t50');
        expect(short.head[short.head.length - 1]).toBe('t50');
        expect(short.head).toHaveLength(short.length + 1);
        expect(new Set(short.head.slice(1)).size).toBe(short.length);
    });
});
