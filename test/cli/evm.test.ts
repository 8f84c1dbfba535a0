// `proj evm`, run as users run it: the built binary (`npm test` builds first), cwd = the repo root.
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { proj, useScratchFolder } from './support/proj-command.js';

const example = path.join('examples', 'office-move.proj');
const scratch = useScratchFolder('proj-evm-');

describe('proj evm', () => {
    test('the example at its status date: a line per phase and task (indented), then the project', () => {
        const run = proj(['evm', example]);
        expect(run.stderr).toBe('');
        expect(run.status).toBe(0);
        expect(run.lines[0]).toBe('office_move · Office relocation to Leeds · earned value at 2027-03-01 · GBP');
        expect(run.lines[2].split(/\s+/).filter(Boolean)).toEqual(['Id', 'BAC', 'PV', 'EV', 'AC', 'SV', 'CV', 'SPI', 'CPI', 'EAC', 'ETC', 'VAC', 'TCPI']);
        expect(run.lines.slice(3, 11).map(line => line.trim().split(/\s+/)[0])).toEqual(['initiation', 'business_case', 'delivery', 'survey', 'fitout', 'briefing', 'it', 'office_move']);
        expect(run.lines.slice(11)).toEqual(['', 'Budget of initiation: 2,000 (BAC 1,750)', 'Budget of delivery: 58,000 (BAC 57,690)', 'Budget of office_move: 60,000 (BAC 59,440)',
            '', 'Planned value from the plan itself, scheduled without its progress (it names no baseline).']);
        // fitout: BAC 48,000 over 16 planned days from Mon 15 Feb, 11 of them due by Mon 1 Mar
        // (PV 33,000); 65% done (EV 31,200); 32,000 spent. CPI 0.975, so EAC 48,000 / 0.975 = 49,231;
        // TCPI (48,000 - 31,200) / (48,000 - 32,000) = 1.05.
        expect(run.lines.find(line => line.trim().startsWith('fitout'))?.trim().split(/\s+/))
            .toEqual(['fitout', '48,000', '33,000', '31,200', '32,000', '-1,800', '-800', '0.95', '0.97', '49,231', '17,231', '-1,231', '1.05']);
        // survey is finished: a TCPI of 0.00 (or a negative one, over budget) would mean nothing, so '–'.
        expect(run.lines.find(line => line.trim().startsWith('survey'))?.trim().split(/\s+/).at(-1)).toBe('–');
    });

    test('--format json: every figure under a stable key, null where it is undefined', () => {
        const run = proj(['evm', example, '--format', 'json']);
        expect(run.status).toBe(0);
        const report = JSON.parse(run.stdout);
        expect(Object.keys(report)).toEqual(['project', 'status', 'currency', 'lines', 'plannedValueFrom']);
        expect(report.plannedValueFrom).toBe('plan');
        // Not due until 5 Mar: nothing planned, earned or spent yet.
        const it = report.lines.find((line: { id: string }) => line.id === 'it');
        expect(it).toEqual({ id: 'it', kind: 'task', budget: null, bac: 6_000, pv: 0, ev: 0, ac: 0, sv: 0, cv: 0, spi: null, cpi: null, eac: 6_000, etc: 6_000, vac: 0, tcpi: 1 });
        // Finished: no work left, so no TCPI (not 0).
        expect(report.lines.find((line: { id: string }) => line.id === 'survey')).toMatchObject({ ev: 2_640, tcpi: null });
        // BAC 1,750 + 2,640 + 48,000 + 1,050 + 6,000; EV 1,750 + 2,640 + 31,200; AC 1,800 + 3,100 + 32,000.
        const project = report.lines.at(-1);
        expect(project).toMatchObject({ id: 'office_move', kind: 'project', budget: 60_000, bac: 59_440, pv: 37_390, ev: 35_590, ac: 36_900, cpi: 0.9645 });
    });

    test('a project without a status date has nothing to measure: exit 1 and why', () => {
        const file = scratch.write('no-status.proj', 'project p {\n    start 2027-01-04\n    task a { duration 2d cost 100 }\n}\n');
        const run = proj(['evm', file]);
        expect(run.status).toBe(1);
        expect(run.stdout).toBe('');
        expect(run.stderr).toBe("proj: project 'p' has no status date: add one, such as 'status 2027-03-15', to measure its earned value.\n");
    });

    test('budgets are listed under the table, and one the plan costs more than is flagged', () => {
        const file = scratch.write('budget.proj', [
            'project p {', '    start 2027-01-04', '    status 2027-01-06', '    budget 150',
            '    phase build { budget 500', '        task a { duration 2d cost 200 }', '    }', '}', '',
        ].join('\n'));
        const run = proj(['evm', file]);
        expect(run.status).toBe(0);
        expect(run.lines.slice(-4, -2)).toEqual(['Budget of build: 500 (BAC 200)', 'Budget of p: 150 (BAC 200, over budget)']);
    });

    test('a folder is a usage error that names the command; a plan with errors is not measured', () => {
        const folder = proj(['evm', 'examples']);
        expect(folder.stdout).toBe('');
        expect(folder.stderr).toBe('proj: examples: a folder; proj evm takes one .proj file.\n');
        expect(folder.status).toBe(2);

        const file = scratch.write('broken.proj', 'project p {\n    start 2027-01-04\n    task a { duration 2d after nobody }\n}\n');
        const broken = proj(['evm', file]);
        expect(broken.stdout).toBe('');
        expect(broken.stderr.trimEnd().split('\n').at(-1)).toBe(`proj: ${file} has errors; fix them to measure it.`);
        expect(broken.status).toBe(1);
    });
});
