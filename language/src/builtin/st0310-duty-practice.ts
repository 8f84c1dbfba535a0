// What evidences each duty of ST0310 in a plan, written down once, with the reason for each: the
// constructs the duty is about (duty 5: a schedule with milestones and a critical path; duty 8:
// scored risks with responses and owners, and opportunities...). Hand-written, beside the catalogue
// that scripts/generate-ksb-catalogue.mjs generates from the standard's text, which says nothing
// of practice. Plain data and one-line predicates over PlanFacts, free of Langium.
import type { DutyMapping } from '../engine/ksb-coverage.js';
import type { PracticeRule } from '../engine/duty-practice.js';

/** The rules of practice of each duty of ST0310, by duty code. */
export const ST0310_DUTY_PRACTICE: Readonly<Record<string, readonly PracticeRule[]>> = {
    D1: [
        {
            evidence: 'A lifecycle chosen (`lifecycle linear`, `iterative` or `hybrid`)',
            reason: 'The team delivers a lifecycle; K8 asks for the choice between linear, iterative and hybrid approaches.',
            holds: facts => facts.lifecycle !== undefined,
        },
        {
            evidence: 'The work in stages (`phase`)',
            reason: 'A lifecycle is delivered stage by stage; phases are the stages the team works through.',
            holds: facts => facts.phases > 0,
        },
    ],
    D2: [
        {
            evidence: 'Objectives the project serves (`objective`)',
            reason: 'A business case justifies the project by the organisation\'s objectives (K2, K9).',
            holds: facts => facts.objectives > 0,
        },
        {
            evidence: 'KPIs with targets that measure the objectives (`kpi … { target … for … }`)',
            reason: 'The case stays valid only while its benefits can be measured against what was promised (K10, S9).',
            holds: facts => facts.targetedKpis > 0 && facts.linkedKpis > 0,
        },
        {
            evidence: 'A budget to weigh against them (`budget`)',
            reason: 'The cost side of the case: what the organisation pays for the benefits.',
            holds: facts => facts.budgets > 0,
        },
        {
            evidence: 'Options considered, and the one chosen (`option … { cost … value … chosen }`)',
            reason: 'A business case weighs the alternatives, doing nothing among them, and recommends one.',
            holds: facts => facts.options > 1 && facts.chosenOptions > 0,
        },
        {
            evidence: 'Benefits, each with an owner and a measure (`benefit … { value … owner … measure … }`)',
            reason: 'The case holds while its benefits outweigh its cost (payback, ROI and NPV); each needs someone to realise it and a measure to show it.',
            holds: facts => facts.ownedBenefits > 0,
        },
    ],
    D3: [
        {
            evidence: 'Stakeholders analysed by power and interest (`stakeholder … { power … interest … }`)',
            reason: 'Engagement starts from knowing who holds power and who is interested (K13).',
            holds: facts => facts.analysedStakeholders > 0,
        },
        {
            evidence: 'How and how often each is engaged (`engage`, `frequency`)',
            reason: 'The engagement process and the communication of the plan, adapted to each stakeholder (K14, S5).',
            holds: facts => facts.engagedStakeholders > 0,
        },
    ],
    D4: [
        {
            evidence: 'A breakdown of the work: phases holding tasks (`phase { task … }`)',
            reason: 'The scope is defined and recorded as the work that delivers it (K12).',
            holds: facts => facts.phases > 0 && facts.tasks > 0,
        },
        {
            evidence: 'What is delivered, marked by milestones (`milestone`)',
            reason: 'The scope document names what is handed over and when.',
            holds: facts => facts.milestones > 0,
        },
        {
            evidence: 'Deliverables with acceptance criteria, each produced by the work (`deliverable … { acceptance … }`, `produces`)',
            reason: 'The scope is what is handed over and what makes it acceptable; the work breakdown says which work makes each.',
            holds: facts => facts.acceptedDeliverables > 0 && facts.producedDeliverables > 0,
        },
        {
            evidence: 'What is in scope and what is out of it (`includes`, `excludes`)',
            reason: 'Defining the scope means saying what is left out as well as what is in.',
            holds: facts => facts.inScope > 0 && facts.outOfScope > 0,
        },
    ],
    D5: [
        {
            evidence: 'A schedule: a start date and work with durations or estimates',
            reason: 'Proj schedules the plan into the dates its Gantt chart and network diagram illustrate (K21, S12).',
            holds: facts => facts.start && facts.timedTasks > 0,
        },
        {
            evidence: 'Key milestones (`milestone`)',
            reason: 'The duty names the key milestones of the schedule.',
            holds: facts => facts.milestones > 0,
        },
        {
            evidence: 'A critical path: work linked by dependencies (`after`)',
            reason: 'Critical path analysis needs the work in a network of dependencies (K21, S22).',
            holds: facts => facts.dependencies > 0,
        },
    ],
    D6: [
        {
            evidence: 'Resources with roles or rates (`resource … { role … rate … }`)',
            reason: 'Planning resources starts from who and what is available, and at what cost (K22, S17).',
            holds: facts => facts.describedResources > 0,
        },
        {
            evidence: 'Work assigned to them (`assign`)',
            reason: 'The activities the resources deliver; Proj loads and levels resources from the assignments (S26).',
            holds: facts => facts.assignedItems > 0,
        },
    ],
    D7: [
        {
            evidence: 'Quality checks with a criterion for the deliverables they cover (`quality … { for … criterion … }`)',
            reason: 'Quality planning: what each deliverable must meet, legislative and local requirements included (K25, S15).',
            holds: facts => facts.definedQualities > 0,
        },
        {
            evidence: 'Checks carried out: passed or failed (`status`)',
            reason: 'Quality control: the checks applied, not only planned.',
            holds: facts => facts.checkedQualities > 0,
        },
    ],
    D8: [
        {
            evidence: 'Risks scored by likelihood and impact (`risk … { likelihood … impact … }`)',
            reason: 'Risks are identified and analysed before they are managed (K23, S14).',
            holds: facts => facts.scoredRisks > 0,
        },
        {
            evidence: 'Responses with owners (`response`, `owner`)',
            reason: 'Managing a risk is a planned response someone owns (S13, S14).',
            holds: facts => facts.ownedResponses > 0,
        },
        {
            evidence: 'Opportunities (`opportunity`)',
            reason: 'The duty is about risks and opportunities: the upside is managed too.',
            holds: facts => facts.opportunities > 0,
        },
    ],
    D9: [
        {
            evidence: 'Tolerances the board set (`tolerance`)',
            reason: 'Governance approves the plan within limits, and what breaks them goes back to the board (K5).',
            holds: facts => facts.tolerance,
        },
        {
            evidence: 'An approved baseline (`baseline`), or matters escalated through governance (`escalate`)',
            reason: 'The key documents as approved, and the decisions taken back to those who approve them.',
            holds: facts => facts.baselines > 0 || facts.escalatedIssues > 0,
        },
    ],
    D10: [
        {
            evidence: 'A budget (`budget`)',
            reason: 'The budget is what spend and forecast are monitored against (S8, S21).',
            holds: facts => facts.budgets > 0,
        },
        {
            evidence: 'Costs: work with a `cost`, or assigned to resources with a `rate`',
            reason: 'The planned cost, from which Proj forecasts the cost at completion.',
            holds: facts => facts.costedItems > 0,
        },
        {
            evidence: 'Spend recorded (`spent`)',
            reason: 'Actual spend, the other side of the variance.',
            holds: facts => facts.spentItems > 0,
        },
        {
            evidence: 'Earned value: a status date and progress (`status`, `progress`)',
            reason: 'Earned value gives the cost variance and forecast the duty reports on (K20).',
            holds: facts => facts.statusDate && facts.progressed > 0,
        },
    ],
    D11: [
        {
            evidence: 'Progress against a status date (`status`, `progress`, `actual start`)',
            reason: 'Performance data: where the work stands on a given day, for the schedule and earned value reports (S1).',
            holds: facts => facts.statusDate && facts.progressed > 0,
        },
        {
            evidence: 'KPIs measured (`kpi … { actual … }`)',
            reason: 'The results collated against their targets.',
            holds: facts => facts.measuredKpis > 0,
        },
    ],
    D12: [
        {
            evidence: 'Change requests with their impact (`change … { impact … }`)',
            reason: 'Change control starts with what a change does to time, cost and scope (K19, S10).',
            holds: facts => facts.assessedChanges > 0,
        },
        {
            evidence: 'Decisions on them (`status approved`, `rejected` or `implemented`)',
            reason: 'A change is controlled when it is decided, and the decision is recorded (S25).',
            holds: facts => facts.decidedChanges > 0,
        },
    ],
    D13: [
        {
            evidence: 'Lessons learned (`lesson`)',
            reason: 'The review of the project records what was learned (K26, S16).',
            holds: facts => facts.lessons > 0,
        },
        {
            evidence: 'Lessons filed by category for future projects (`category`)',
            reason: 'Lessons contribute to continuous improvement when the next project can find them.',
            holds: facts => facts.categorisedLessons > 0,
        },
    ],
    D14: [
        {
            evidence: 'Objectives (`objective`)',
            reason: 'The project objectives the duty contributes to, sustainability goals among them (K28).',
            holds: facts => facts.objectives > 0,
        },
        {
            evidence: 'KPIs with targets, for the objectives (`kpi … { target … for … }`)',
            reason: 'Key performance indicators that drive performance towards the objectives.',
            holds: facts => facts.targetedKpis > 0 && facts.linkedKpis > 0,
        },
        {
            evidence: 'KPIs measured (`actual`)',
            reason: 'Improvement is seen in actuals against targets.',
            holds: facts => facts.measuredKpis > 0,
        },
    ],
};

/**
 * Proj's reading of the KSBs behind each duty. The standard's table maps KSBs to duties 2 and 9
 * only; these fill the other duties from the statements' subjects (and add the skills duties 2 and
 * 9 plainly need), so that every KSB has a duty. Shown as Proj's, never as the standard's.
 */
export const ST0310_PROJ_MAPPING: readonly DutyMapping[] = Object.entries({
    D1: ['K1', 'K5', 'K7', 'K8', 'K11', 'S11', 'B1', 'B3'],
    D2: ['S9'],
    D3: ['K13', 'K14', 'K16', 'K17', 'S2', 'S3', 'S4', 'S5', 'S6', 'S18', 'B2'],
    D4: ['K11', 'K12', 'S7'],
    D5: ['K18', 'K21', 'K31', 'S12', 'S19', 'S22'],
    D6: ['K6', 'K7', 'K22', 'K24', 'S17', 'S26'],
    D7: ['K25', 'K27', 'K29', 'S15', 'S23', 'B4'],
    D8: ['K23', 'S13', 'S14', 'S24'],
    D9: ['S20', 'B4'],
    D10: ['K20', 'S1', 'S8', 'S21'],
    D11: ['K15', 'K20', 'K30', 'S1', 'S19', 'S20'],
    D12: ['K19', 'S1', 'S10', 'S25'],
    D13: ['K26', 'S16', 'B5'],
    D14: ['K2', 'K28', 'S6', 'S7'],
}).map(([duty, ksbs]) => ({ source: 'Proj', duty, ksbs }));
