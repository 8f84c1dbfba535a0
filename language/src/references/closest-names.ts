import { distance } from 'fastest-levenshtein';

/**
 * The existing names that `written` is likely a typo of, the nearest first (ties in the order
 * given), at most `limit` of them. Only a near miss counts: a typo, not an unrelated name. Both the
 * "Did you mean" of an unknown id and its "Change to" quick fixes come from here.
 */
export function closestNames(written: string, names: Iterable<string>, limit = 3): string[] {
    if (!written) {
        return [];
    }
    const allowed = Math.max(1, Math.floor(written.length / 3));
    const near: Array<{ name: string; distance: number }> = [];
    for (const name of new Set(names)) {
        const apart = distance(written, name);
        if (apart <= allowed && name !== written) {
            near.push({ name, distance: apart });
        }
    }
    // Array.prototype.sort is stable: names equally near keep their order.
    return near.sort((a, b) => a.distance - b.distance).slice(0, limit).map(candidate => candidate.name);
}
