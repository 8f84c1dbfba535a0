import { describe, expect, test } from 'vitest';
import { scheduleProgramme } from '../../language/src/engine/programme.js';
import { programmeViewOf } from '../../language/src/engine/programme-view.js';
import { plan } from './plan-builder.js';

// Three plans in a chain, worked by hand (4 January 2027 is a Monday): alpha's build runs to
// Friday 15 January, beta deploys 18 to 20 January, gamma releases on Thursday 21, a day after its deadline.
function viewOf() {
    const plans = [
        plan({ release: { duration: '1d', after: ['beta.deploy'] }, live: { after: ['release'] } }, { id: 'gamma', deadline: '2027-01-20' }),
        plan({ deploy: { duration: '3d', after: ['alpha.done'] } }, { id: 'beta' }),
        plan({ build: { duration: '10d' }, done: { after: ['build'] }, docs: { duration: '2d' } }, { id: 'alpha' }),
    ];
    const programme = scheduleProgramme(plans);
    return programmeViewOf(plans.map(input => ({ plan: input, schedule: programme.plans.get(input.id)!.schedule!, rag: input.id === 'gamma' ? 'red' as const : 'green' as const })));
}

describe('the programme as one', () => {
    test('projects after those they wait for, each from its first work to its finish, with its deadline and milestones', () => {
        const view = viewOf();
        expect(view.projects.map(project => [project.id, project.start, project.finish, project.daysLate, project.rag])).toEqual([
            ['alpha', '2027-01-04', '2027-01-15', undefined, 'green'],
            ['beta', '2027-01-18', '2027-01-20', undefined, 'green'],
            ['gamma', '2027-01-21', '2027-01-21', 1, 'red'],
        ]);
        // Gamma misses its deadline by a day: the float of the work it waits for, in alpha too, is -1.
        expect(view.projects[0].milestones).toEqual([{ id: 'done', name: undefined, date: '2027-01-15', totalFloat: -1, progress: 0, atEndOfDay: true, critical: true }]);
        expect(view.projects.map(project => [project.id, project.workingDays, project.float])).toEqual([['alpha', 10, 0], ['beta', 3, 0], ['gamma', 1, -1]]);
        expect([view.start, view.finish]).toEqual(['2027-01-04', '2027-01-21']);
    });

    test('the links between projects, and the critical path followed back across plans from the project that finishes last', () => {
        const view = viewOf();
        expect(view.links).toEqual([
            { from: 'beta.deploy', to: 'gamma.release', type: 'FS' },
            { from: 'alpha.done', to: 'beta.deploy', type: 'FS' },
        ]);
        expect(view.criticalPath).toEqual(['alpha.build', 'alpha.done', 'beta.deploy', 'gamma.release', 'gamma.live']);
        expect(view.projects.every(project => project.critical)).toBe(true);
    });
});
