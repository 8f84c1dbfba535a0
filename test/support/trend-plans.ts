// The office move as it was at each commit of its history, for the tests of `proj trend` and of
// the preview's History tab, with a few commits' history built in a real git repository.
import { GitPlanRepository } from './git-plan-repository.js';

/** A subject from git that tries to be markup and Markdown. */
export const HOSTILE_SUBJECT = 'Fit-out <img src=x onerror=alert(1)> | *13 days* [x](javascript:alert(2))';

export interface Version {
    readonly status?: string;
    /** The fit-out's working days, progress (%) and money spent. */
    readonly fitout: readonly [days: number, progress?: number, spent?: number];
    readonly after?: string;
    readonly snagging?: boolean;
    readonly early?: boolean;
    readonly permits?: boolean;
    readonly baseline?: boolean;
}

/**
 * The office move as it was at one commit. Mon–Fri, from Mon 1 Mar 2027: the survey takes 5 days
 * (1–5 Mar), the fit-out starts Mon 8 Mar. Each optional statement has a line of its own, so that
 * changes on two branches merge.
 */
export function officeMovePlan(version: Version): string {
    const [days, progress, spent] = version.fitout;
    return [
        'project office "Office move" {',
        '    start 2027-03-01',
        ...(version.status ? [`    status ${version.status}`] : []),
        '    currency GBP',
        ...(version.baseline ? ['    baseline "v1-approved"'] : []),
        `    task survey "Site survey" { duration 5d cost 1000${version.status ? ' progress 100% spent 1200' : ''} }`,
        `    task fitout "Fit-out" { duration ${days}d after ${version.after ?? 'survey'} cost 20000${progress === undefined ? '' : ` progress ${progress}% spent ${spent}`} }`,
        ...(version.snagging ? ['    task snagging "Snagging" { duration 2d after fitout cost 2000 }'] : []),
        `    milestone live "Site live" { after ${version.snagging ? 'snagging' : 'fitout'} }`,
        '    risk landlord "Landlord delays the keys" { likelihood 3 impact 4 }',
        ...(version.early ? ['    opportunity early "Early access" { likelihood 2 impact 3 }'] : []),
        ...(version.permits ? ['    risk permits "Permits late" { likelihood 2 impact 5 }'] : []),
        '}',
        '',
    ].join('\n');
}

/** The history's commits, by name. */
export interface OfficeMoveHistory {
    readonly repository: GitPlanRepository;
    readonly file: string;
    readonly commits: { readonly approved: string; readonly longer: string; readonly status10: string; readonly status15: string };
}

/**
 * Four commits of plans/office-move.proj, with figures worked by hand in test/cli/trend.test.ts:
 * approved (finish Fri 19 Mar), the fit-out longer under a subject that tries to be markup (Wed 24
 * Mar, +3), a status at 10 March (Fri 26 Mar, +5; SPI 0.5342, CPI 0.8108, EAC 25,900) and at 15
 * March (Thu 25 Mar, +4; SPI 0.8797, CPI 0.8824, EAC 23,800); one risk scored 12 throughout.
 */
export function officeMoveHistory(): OfficeMoveHistory {
    const repository = GitPlanRepository.create();
    const path = 'plans/office-move.proj';
    const at = (version: Version, message: string, date: string) => repository.write(path, officeMovePlan(version)).commit(message, date);
    const commits = {
        approved: at({ fitout: [10] }, 'Approved plan', '2027-02-15'),
        longer: at({ fitout: [13], early: true }, HOSTILE_SUBJECT, '2027-02-22'),
        status10: at({ status: '2027-03-10', fitout: [13, 10, 2500], early: true }, 'Status at 10 March', '2027-03-10'),
        status15: at({ status: '2027-03-15', fitout: [13, 40, 9000], early: true }, 'Status at 15 March', '2027-03-15'),
    };
    return { repository, file: repository.path(path), commits };
}
