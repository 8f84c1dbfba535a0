// The search for a short levelled plan within a budget of schedules (the methods of Kolisch and
// Hartmann's surveys of heuristics for the resource-constrained project scheduling problem):
//
// 1. each priority rule's list through the serial scheme;
// 2. regret-based biased random sampling on the latest-finish rule, to a population;
// 3. a genetic algorithm on that population's activity lists;
//
// every schedule justified (forward-backward improvement) and the best kept, until the budget
// is spent or a schedule reaches a finish no plan can beat. Priority dominates every list the
// serial scheme is given: work that could be placed next is taken highest priority first, and
// the rules, the sampling and the genetic algorithm only order work of equal priority.
import { ActivityOrder } from './activity-order.js';
import { GeneticOperators, isFitter, type Individual } from './genetic-operators.js';
import { isBetter, Justification } from './justification.js';
import type { LevellingNetwork } from './levelling-network.js';
import { finishLowerBound } from './lower-bound.js';
import { criticalPath, priorityRules, standardRank, type PriorityRule } from './priority-rules.js';
import { RegretSampler } from './sampling.js';
import { seededRandom } from './seeded-random.js';
import { copySchedule, emptySchedule, SerialScheduler, type PlacedSchedule } from './serial-schedule.js';

/**
 * The genetic algorithm's population: one for every 25 schedules of the budget (40 for 1000, as
 * Hartmann chose), from 2 to 100. On j30, 100 at 5000 schedules beat 50 and matched 150.
 */
const SCHEDULES_PER_INDIVIDUAL = 25;
const MIN_POPULATION = 2;
const MAX_POPULATION = 100;

export class ScheduleSearch {
    readonly scheduler: SerialScheduler;
    readonly justification: Justification;
    readonly best: PlacedSchedule;
    private readonly order: ActivityOrder;
    private readonly rank: Float64Array;
    private readonly rules: PriorityRule[];
    private readonly random: () => number;
    private readonly unbeatable: number;
    private readonly candidate: PlacedSchedule;
    private readonly key: Float64Array;
    private readonly mixedPriorities: boolean;
    private found = false;

    constructor(
        private readonly network: LevellingNetwork,
        private readonly budget: number,
        seed: number,
        private readonly stopAt: number,
    ) {
        this.scheduler = new SerialScheduler(network);
        this.order = new ActivityOrder(network);
        const path = criticalPath(network);
        this.rank = standardRank(network, path);
        this.rules = priorityRules(network, path);
        this.justification = new Justification(network, this.scheduler, this.order, this.rank);
        this.random = seededRandom(seed);
        this.unbeatable = finishLowerBound(network, path);
        this.best = emptySchedule(network);
        this.candidate = emptySchedule(network);
        this.key = new Float64Array(network.count);
        const movablePriorities = new Set(Array.from(network.movable, a => network.priority[a]));
        this.mixedPriorities = movablePriorities.size > 1;
    }

    get schedulesTried(): number {
        return this.scheduler.generated;
    }

    run(): void {
        const { network, rules, order, rank } = this;
        const n = network.movable.length;
        const population: Individual[] = [];
        const size = Math.max(MIN_POPULATION, Math.min(MAX_POPULATION, Math.floor(this.budget / SCHEDULES_PER_INDIVIDUAL)));
        const individual = (): Individual => ({ list: new Int32Array(n), finish: Infinity, startSum: Infinity });
        for (const rule of rules) {
            if (!this.mayContinue()) {
                return;
            }
            const member = individual();
            order.forward(rule.value, rank, member.list);
            this.evaluate(member);
            population.push(member);
        }
        const sampler = new RegretSampler(network, this.random);
        while (population.length < size) {
            if (!this.mayContinue()) {
                return;
            }
            const member = individual();
            sampler.list(rules[0].value, member.list);
            this.evaluate(member);
            population.push(member);
        }
        const operators = new GeneticOperators(network, this.random);
        const children = Array.from({ length: population.length + 1 }, individual);
        while (this.mayContinue()) {
            operators.shuffle(population);
            let born = 0;
            for (let i = 0; i + 1 < population.length && this.mayContinue(); i += 2) {
                for (const [mother, father] of [[population[i], population[i + 1]], [population[i + 1], population[i]]]) {
                    if (!this.mayContinue()) {
                        break;
                    }
                    const child = children[born++];
                    operators.crossover(mother.list, father.list, child.list);
                    operators.mutate(child.list);
                    this.evaluate(child);
                }
            }
            // The fittest of parents and children survive; the rest are the next children.
            const everyone = population.concat(children.slice(0, born));
            everyone.sort((x, y) => (isFitter(x, y) ? -1 : isFitter(y, x) ? 1 : 0));
            population.splice(0, population.length, ...everyone.slice(0, population.length));
            children.splice(0, born, ...everyone.slice(population.length));
        }
    }

    /** Whether to make another schedule: there is always a first; then while the budget lasts and one could be shorter. */
    private mayContinue(): boolean {
        return !this.found || (this.mayGenerate(1) && this.best.finish > this.unbeatable);
    }

    private readonly mayGenerate = (schedules: number): boolean =>
        this.scheduler.generated + schedules <= this.budget && Date.now() < this.stopAt;

    /** Schedules, justifies and scores a list, keeps the schedule if it is the best, and rewrites the list in the order of its starts. */
    private evaluate(member: Individual): void {
        const { network, order, rank, key, candidate } = this;
        let list = member.list;
        if (this.mixedPriorities) {
            // Crossover and mutation know nothing of priority: the list only orders work of equal priority.
            for (let i = 0; i < list.length; i++) {
                key[list[i]] = i;
            }
            list = order.forward(key, rank, list);
        }
        this.scheduler.forward(list, candidate);
        this.justification.improve(candidate, this.mayGenerate);
        if (!this.found || isBetter(candidate, this.best, network)) {
            copySchedule(candidate, this.best);
            this.found = true;
        }
        let startSum = 0;
        for (const a of network.movable) {
            key[a] = candidate.start[a];
            startSum += candidate.start[a];
        }
        order.forward(key, rank, member.list);
        member.finish = candidate.finish;
        member.startSum = startSum;
    }
}
