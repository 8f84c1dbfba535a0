// The preview's Gantt in a plan that uses hours: Mermaid draws the bars from time to time, so the
// labels, arrows and time span that Proj adds follow the same times.
import { describe, expect, test } from 'vitest';
import type { GanttChartRow } from '../../language/src/engine/mermaid/gantt-chart.js';
import { barExtent } from '../../client/webview/gantt/bar-labels.js';
import { rowEnd, rowStart, timeSpan, type GanttLayout } from '../../client/webview/gantt/gantt-layout.js';
import { cellText, tablePlan } from '../../client/webview/gantt/gantt-table.js';

function row(extra: Partial<GanttChartRow>): GanttChartRow {
    return {
        id: 'a', title: 'a', kind: 'task', depth: 0, section: 'Plan', start: '2027-01-04', finish: '2027-01-04',
        workingDays: 0.5, totalFloat: 0, freeFloat: 0, progress: 0, critical: false, mermaidId: 't_a', ...extra,
    };
}

const at = (day: number, hours: number, minutes = 0) => new Date(2027, 0, day, hours, minutes).getTime();

describe('bars in hours', () => {
    test('a bar runs from its start time to its finish time; without times, from midnight to the next', () => {
        expect([rowStart(row({ startTime: '13:00', finishTime: '17:00' })), rowEnd(row({ startTime: '13:00', finishTime: '17:00' }))]).toEqual([at(4, 13), at(4, 17)]);
        expect([rowStart(row({})), rowEnd(row({}))]).toEqual([at(4, 0), at(5, 0)]);
        expect(rowEnd(row({ kind: 'milestone', startTime: '12:30', finishTime: '12:30' }))).toBe(at(4, 12, 30));
    });

    test('labels and arrows meet the bar where Mermaid draws it: a morning\'s bar is the left half of its day on a 24-hour scale', () => {
        const layout = { width: 240, leftPadding: 0, rightPadding: 0, from: at(4, 0), to: at(5, 0), barHeight: 20 } as GanttLayout;
        expect(barExtent(row({ startTime: '06:00', finishTime: '12:00' }), layout)).toEqual({ left: 60, right: 120 });
        const milestone = barExtent(row({ kind: 'milestone', startTime: '18:00', finishTime: '18:00' }), layout);
        expect((milestone.left + milestone.right) / 2).toBe(180);
    });

    test('the time span runs from the first start time to the last finish time (a day at least)', () => {
        const span = timeSpan({ rows: [row({ startTime: '08:00', finishTime: '12:00' }), row({ start: '2027-01-05', finish: '2027-01-06', startTime: '13:00', finishTime: '15:30' })] }, undefined);
        expect(span).toEqual({ from: at(4, 8), to: at(6, 15, 30) });
    });
});

describe('the table in hours', () => {
    test('start and finish carry their times, and the date columns are wide enough for them', () => {
        const rows = [row({ startTime: '13:00', finishTime: '17:00' })];
        expect([cellText(rows[0], 'start', 'day month'), cellText(rows[0], 'finish', 'day month')]).toEqual(['4 Jan 13:00', '4 Jan 17:00']);
        const measure = (text: string) => text.length * 7;
        const width = (plan: ReturnType<typeof tablePlan>) => plan.columns.find(column => column.key === 'start')!.width;
        expect(width(tablePlan(rows, 1000, measure))).toBeGreaterThanOrEqual(measure('28 May 00:00'));
        expect(width(tablePlan([row({})], 1000, measure))).toBeLessThan(measure('28 May 00:00'));
        expect(cellText(row({}), 'start', 'day month')).toBe('4 Jan');
    });
});
