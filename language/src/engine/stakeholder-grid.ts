// The power/interest grid (Mendelow): where each stakeholder sits, and so how to engage them.
import type { Level, StakeholderInput } from './register-model.js';

export type Quadrant = 'manage-closely' | 'keep-satisfied' | 'keep-informed' | 'monitor';

export const QUADRANT_TITLES: Readonly<Record<Quadrant, string>> = {
    'manage-closely': 'Manage closely',
    'keep-satisfied': 'Keep satisfied',
    'keep-informed': 'Keep informed',
    monitor: 'Monitor',
};

export interface StakeholderPoint extends StakeholderInput {
    readonly quadrant: Quadrant;
    /** Interest (x) and power (y), 0 to 1, as the grid plots them. */
    readonly x: number;
    readonly y: number;
}

export interface StakeholderGrid {
    readonly points: readonly StakeholderPoint[];
    /** Stakeholders without both power and interest: not placed until they are assessed. */
    readonly unassessed: readonly StakeholderInput[];
}

// Medium sits on the low side of the line, near it: only high power or interest calls for more.
const POSITION: Readonly<Record<Level, number>> = { low: 0.2, medium: 0.4, high: 0.78 };
/** Stakeholders with the same levels fan out around their spot instead of hiding each other. */
const SPREAD = 0.06;

export function stakeholderGrid(stakeholders: readonly StakeholderInput[]): StakeholderGrid {
    const points: StakeholderPoint[] = [];
    const unassessed: StakeholderInput[] = [];
    const crowd = new Map<string, number>();
    for (const stakeholder of stakeholders) {
        const { power, interest } = stakeholder;
        if (!power || !interest) {
            unassessed.push(stakeholder);
            continue;
        }
        const spot = `${power}/${interest}`;
        const index = crowd.get(spot) ?? 0;
        crowd.set(spot, index + 1);
        const [dx, dy] = fanOut(index);
        points.push({
            ...stakeholder,
            quadrant: quadrantOf(power, interest),
            x: clamp(POSITION[interest] + dx * SPREAD),
            y: clamp(POSITION[power] + dy * SPREAD),
        });
    }
    return { points, unassessed };
}

export function quadrantOf(power: Level, interest: Level): Quadrant {
    const highPower = power === 'high';
    const highInterest = interest === 'high';
    return highPower ? (highInterest ? 'manage-closely' : 'keep-satisfied') : (highInterest ? 'keep-informed' : 'monitor');
}

/** The n-th offset of a ring around a spot: the first stays on it, the next eight circle it, and so on. */
function fanOut(index: number): [number, number] {
    if (index === 0) {
        return [0, 0];
    }
    const ring = Math.ceil(index / 8);
    const angle = ((index - 1) % 8) * Math.PI / 4;
    return [Math.round(Math.cos(angle) * ring * 100) / 100, Math.round(Math.sin(angle) * ring * 100) / 100];
}

const clamp = (value: number) => Math.round(Math.min(0.97, Math.max(0.03, value)) * 1000) / 1000;
