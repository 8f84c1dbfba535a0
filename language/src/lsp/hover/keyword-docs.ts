// What each keyword of the .proj language means, for hover: one Markdown text per keyword or phrase.
//
// A key is a phrase (`after`, `actual start`, `start no earlier than`), or `Rule:phrase` where a
// word means something else in another rule of the grammar (`Change:impact` beside `Risk:impact`,
// `Structure:project` beside the `project` that opens a plan). The texts follow the README and the
// engine (engine/scheduler.ts, engine/earned-value.ts, planning/plan-from-ast.ts).

const LAGS = 'A lag after the type is signed working time: `+2d` waits two working days, `-1d` is a lead (an overlap of one day), '
    + '`1w` is a week of the calendar\'s workdays, `+4h` four working hours; or elapsed time, through weekends and holidays: `+2ed`, `+12eh`. '
    + 'Without a type a link is `FS`.';

const link = (title: string, rule: string, example: string) => `${title}\n\n${rule}\n\n\`\`\`proj\n${example}\n\`\`\`\n\n${LAGS}`;

const LATE_DATES = 'It does not move the work: it bounds its late dates, so its float shrinks. If the logic cannot meet it, the float turns '
    + 'negative and `proj/constraint-missed` says by how many working days it is missed and which chain drives it.';

const CONSTRAINTS = '`start no earlier than`, `start no later than`, `start on`, `finish no earlier than`, `finish no later than` and '
    + '`finish on`, each followed by a date.';

const RISK_SCORE = 'The score is likelihood × impact (1–25), banded green, amber or red by the project\'s `tolerance` (amber from 5, red from 15 unless set).';

const GRID = 'With `interest` it places the stakeholder on the power/interest grid: high power and high interest, **manage closely**; '
    + 'high power only, **keep satisfied**; high interest only, **keep informed**; otherwise **monitor**.';

const weekday = (name: string) => `**${name.slice(0, 3).toLowerCase()}** · ${name}\n\nA working day when listed in \`workdays\`.`;

const threat = (word: string, meaning: string) => `**${word}** · threat response\n\n${meaning} Only for a \`risk\`; on an \`opportunity\` it is an error.`;
const opportunity = (word: string, meaning: string) => `**${word}** · opportunity response\n\n${meaning} Only for an \`opportunity\`; on a \`risk\` it is an error.`;

export const KEYWORD_DOCS: Readonly<Record<string, string>> = {
    // ---- Dependencies ---------------------------------------------------------------------------
    'DependencyType:FS': link('**FS** · finish-to-start (the default link)',
        'The task starts once the predecessor has finished: start ≥ predecessor\'s finish + lag. '
        + 'After a 5-day task finishing on Friday it starts on Monday; with `+2d`, on Wednesday.',
        'after design FS +2d   // starts two working days after design finishes'),
    'DependencyType:SS': link('**SS** · start-to-start',
        'The task starts no earlier than the predecessor starts: start ≥ predecessor\'s start + lag. The two may run side by side.',
        'after plaster SS +3d   // starts three working days after plaster starts'),
    'DependencyType:FF': link('**FF** · finish-to-finish',
        'The task finishes no earlier than the predecessor finishes: finish ≥ predecessor\'s finish + lag.',
        'after fitout FF   // finishes when fitout does, or later'),
    'DependencyType:SF': link('**SF** · start-to-finish',
        'The task cannot finish until the predecessor starts: finish ≥ predecessor\'s start + lag. Rare: a handover, such as keeping the old system running until its replacement starts.',
        'after new_system SF   // runs until new_system starts'),
    after: '**after** · predecessors\n\n'
        + 'The items this one follows, separated by commas, each with an optional link type (`FS`, the default, `SS`, `FF`, `SF`) and a signed lag. '
        + 'A predecessor may be a task, a milestone or a phase (all of its work); `project.id` names one in another project, a link that is checked but not scheduled (each project is scheduled on its own).\n\n'
        + '```proj\nafter survey, design SS +2d, fitout FF -1d, office_move.approval\n```\n\n'
        + 'A milestone takes no time: after a finish it falls on that finish day, after a start on that start day.',

    // ---- Constraints --------------------------------------------------------------------------------
    'start no earlier than': '**start no earlier than** *date* · constraint\n\n'
        + 'The work cannot start before the date (the next working day if the date is not one); it may start later. It holds the work back, and drives its start when the logic alone would start it sooner.',
    'start no later than': `**start no later than** *date* · constraint\n\nThe work must start by the date. ${LATE_DATES}`,
    'start on': '**start on** *date* · constraint\n\n'
        + 'The work starts on the date: it is held back to the date, like `start no earlier than`, and must not start after it, like `start no later than`. '
        + 'If the logic makes it start later, its float turns negative and `proj/constraint-missed` says by how much.',
    'finish no earlier than': '**finish no earlier than** *date* · constraint\n\n'
        + 'The work cannot finish before the date: its start is held back so that it finishes on the date at the earliest. It may finish later.',
    'finish no later than': `**finish no later than** *date* · constraint\n\nThe work must finish by the date. ${LATE_DATES}`,
    'finish on': '**finish on** *date* · constraint\n\n'
        + 'The work finishes on the date: held back so that it cannot finish sooner, like `finish no earlier than`, and bound to finish by it, like `finish no later than`. '
        + 'If the logic makes it finish later, its float turns negative and `proj/constraint-missed` says by how much.',
    'Constraint:constraint': `**constraint** · a date the work must respect\n\n${CONSTRAINTS}`,

    // ---- Work ----------------------------------------------------------------------------------------
    project: '**project** *id* "title" { … } · a project plan\n\n'
        + 'Its settings (`start`, `status`, `deadline`, `currency`, `budget`, `baseline`, `tolerance`, `calendar`, `lifecycle`, `structure`, `level`), its work (phases, tasks, milestones), '
        + 'people and goals, and registers. Ids are unique within a project; another project names them as `project.id`.',
    phase: '**phase** · a group of work\n\n'
        + 'Holds tasks, milestones and phases, with an optional `budget`. Its dates span its work; a dependency on a phase means on all of its work.',
    task: '**task** · a piece of work that takes time\n\n'
        + 'Give it a `duration` or an `estimate`, its predecessors (`after`), constraints, resources (`assign`), `cost`, and as work goes on `progress`, `spent` and actual dates.',
    milestone: '**milestone** · an event that takes no time\n\n'
        + 'Placed by its predecessors and constraints; a duration or estimate on it is an error (`proj/milestone-duration`).',
    duration: '**duration** · how long the task takes\n\n'
        + 'In working days (`5d`, `1.5d`), working weeks of the calendar (`2w`: ten days on a five-day week) or working hours (`4h`); '
        + 'or elapsed time around the clock (`3ed`, `1ew`, `12eh`). A part day makes the plan show times. '
        + 'Dates are inclusive: a 5-day task starting on Monday finishes on Friday. Or give a three-point `estimate`.',
    estimate: '**estimate** *o m p* · three-point estimate\n\n'
        + 'Optimistic, most likely and pessimistic durations (o ≤ m ≤ p). The task is scheduled on the PERT mean (o + 4m + p) / 6, rounded up to whole working days (to the minute for an estimate in hours); '
        + 'its standard deviation σ = (p − o) / 6 is shown in its hover.\n\n'
        + '```proj\nestimate 10d 15d 25d   // (10 + 60 + 25) / 6 = 15.8, so 16 days; σ 2.5\n```',
    progress: '**progress** *N*% · how much of the work is done, at the project\'s `status` date\n\n'
        + 'Earned value is the task\'s budget × progress. With a status date, the remaining work is rescheduled after it; `progress 0%` means not started, '
        + 'so the work cannot start before the status date; at 100% the task keeps its actual dates. Work with no progress recorded keeps its planned dates.',
    'actual start': '**actual start** *date* · the day the work really started\n\n'
        + 'The schedule starts the work on this day, whatever its predecessors say; with a status date, what remains of unfinished work runs after it.',
    'actual finish': '**actual finish** *date* · the day the work really finished\n\n'
        + 'Used once the task is at `progress 100%`: it then finishes on this day. It must not be before the `actual start`.',
    assign: '**assign** · the resources doing the work\n\n'
        + 'Each with an optional amount: units of it (`assign crew 3`, 3 of a crew of 4), a share of its units (`assign crew 50%`, 2 of 4), '
        + 'or nothing for all of them (`assign alex`, `assign crew`). Several at once: `assign crew 3, alex`. '
        + 'Each costs rate × units taken per working day (a rate `/h` counts 8 hours a day, `/w` a week of the calendar\'s workdays), '
        + 'over the task\'s working days; the sum and the task\'s `cost` make its budget at completion (BAC).\n\n'
        + '```proj\nassign crew 50%   // crew: rate 300/d units 2; over 10 days 300 × 1 × 10 = 3,000\n```',
    'WorkProperties:calendar': '**calendar** *name* · the work\'s own calendar\n\n'
        + 'A named calendar of the project (`calendar shifts { … }`): the task or milestone is scheduled on its workdays and holidays, '
        + 'instead of the project\'s calendar and its resources\' days.',
    priority: '**priority** 1–1000 · which work levelling delays first\n\n'
        + 'A whole number, 500 unless given. When the project levels its plan (`level`), work of lower priority waits first; '
        + 'work of priority 1000 is never delayed.',
    cost: '**cost** · the task\'s fixed cost\n\nAdded to the cost of its assigned resources to make its budget at completion (BAC).',
    spent: '**spent** · actual cost (AC) so far\n\n'
        + 'What the task has cost by the `status` date. CPI = EV / AC; money spent with no `progress` earns nothing (`proj/spend-without-progress`).',
    budget: '**budget** · the money available to the project or a phase\n\n'
        + 'Shown beside its budget at completion (BAC, what its tasks cost in all) and flagged when the BAC exceeds it; '
        + 'money spent beyond it by the status date is a warning (`proj/over-budget`).',

    // ---- Project settings ------------------------------------------------------------------------------
    'Project:start': '**start** *date* · the project start\n\nNothing starts before it. A project with work but no start cannot be scheduled (`proj/missing-start`).',
    'Project:status': '**status** *date* · the status date\n\n'
        + 'Progress, spend and earned value are as of this day. Unfinished work with progress is rescheduled after it; `progress 0%` work cannot start before it. Without it there is no earned value.',
    deadline: '**deadline** *date* · the date the task or milestone should finish by\n\n'
        + 'It does not move the work: it bounds its late finish, so its float counts to the deadline (negative when missed), and a miss is a warning (`proj/task-deadline-missed`).',
    schedule: '**schedule** `asap` | `alap` · as soon or as late as possible\n\n'
        + 'On the project, how work is placed unless it says otherwise; on a task or milestone, how it is: `alap` places it at its late dates, '
        + 'just before its successors need it, without delaying the project; `asap` (the default) at its early dates.',
    asap: '**asap** · as soon as possible: the work starts at its early start (the default)',
    alap: '**alap** · as late as possible: the work starts at its late start, and its successors follow it; work that has started stays',
    'Project:deadline': '**deadline** *date* · the date the project must finish by\n\n'
        + 'It bounds the late dates of all work. If the plan finishes later, the critical work has negative float and `proj/deadline-missed` says by how many working days.',
    currency: '**currency** · the currency of rates, costs and budgets, such as `GBP`',
    tolerance: '**tolerance** { … } · the limits the project board sets\n\n'
        + '`cpi` and `spi`: a project or phase index below them is a warning (0.9 each unless set). `risk amber A red R`: the risk scores from which a risk is amber and red (5 and 15 unless set). '
        + 'In the status report an index is green at or above its tolerance, amber below it, red more than 0.10 below it.',
    cpi: '**cpi** · cost performance tolerance\n\n'
        + 'CPI = EV / AC, what each unit spent has earned. Below this (0.9 unless set) the project or a phase gets `proj/cpi-below-tolerance`. Above 0, at most 2.',
    spi: '**spi** · schedule performance tolerance\n\n'
        + 'SPI = EV / PV, the work done against the work planned by the status date. Below this (0.9 unless set) the project or a phase gets `proj/spi-below-tolerance`. Above 0, at most 2.',
    'Tolerance:risk amber': '**risk amber** *A* **red** *R* · the risk bands\n\n'
        + 'Risk scores (likelihood × impact, 1–25) from *A* are amber and from *R* red; below *A*, green. 5 and 15 unless set; whole numbers from 1 to 25, amber below red.',
    lifecycle: '**lifecycle** · the life-cycle approach: `linear`, `iterative` or `hybrid`\n\nRecorded for readers of the plan; it does not change the schedule.',
    'Lifecycle:linear': '**linear** life cycle\n\nSequential phases, each finished before the next begins (waterfall).',
    'Lifecycle:iterative': '**iterative** life cycle\n\nRepeated cycles, each delivering and refining part of the outcome (agile).',
    'Lifecycle:hybrid': '**hybrid** life cycle\n\nA mix: linear governance and stages, iterative delivery within them.',
    structure: '**structure** · the organisation structure: `functional`, `matrix` or `project`\n\nRecorded for readers of the plan; it does not change the schedule.',
    'Structure:functional': '**functional** structure\n\nPeople stay in their departments under their line managers, who hold the authority; the project manager coordinates.',
    'Structure:matrix': '**matrix** structure\n\nPeople report both to a line manager and to the project manager, who share the authority.',
    baseline: '**baseline** · a git revision holding the approved plan: `baseline "v1-approved"`\n\n'
        + 'A tag, a branch or a commit. Proj reads the plan file as it was at that revision (following renames), schedules it, and measures today against it: '
        + 'each item\'s baseline dates and variance in working days (hover, preview, `proj schedule`), and planned value in earned value. '
        + 'Several may be named; variance is measured against the first.',
    level: '**level** · level the plan\n\n'
        + 'The editor, the preview, the report and the CLI show the plan levelled: work is delayed so that no resource is asked for more units than it has '
        + 'on any day it works (its `units`, its calendar, its `leave`); lower `priority` work waits first, and priority 1000 never does.',
    'Structure:project': '**project** structure\n\nA dedicated team reports to the project manager, who holds the authority.',

    // ---- Calendar ------------------------------------------------------------------------------------------
    calendar: '**calendar** [*name*] { … } · a working calendar\n\n'
        + 'Its `workdays` (Monday to Friday unless given), `holiday`s, a country\'s public `holidays` and days worked by exception (`workday`). The unnamed one is the project\'s default: durations and lags count its working days, '
        + 'and `w` is a week of its workdays. A named one (`calendar shifts { … }`) is the calendar of the resources, tasks and milestones that name it (`calendar shifts`).',
    workdays: '**workdays** · the days of the week work happens\n\nFor example `workdays mon tue wed thu`. Without it, Monday to Friday.',
    hours: '**hours** · the working hours of each working day\n\n'
        + '`hours 8`: 8 hours from 08:00 with lunch at 12:00 (the default, 08:00-12:00 13:00-17:00); or the intervals in order, `hours 09:00-12:30 13:30-17:30`. '
        + 'A `1d` of work is one such day.',
    holiday: '**holiday** *date* ["title"] · a day without work\n\n'
        + 'Or a range: `holiday 2027-12-24 to 2027-12-31 "Christmas"`. A holiday on a day the calendar does not work is a warning.',
    holidays: '**holidays** *code* · a country\'s public holidays\n\n'
        + 'A country (`FR`, `US`) or a country and its region (`GB-ENG`, `DE-BY`), as the date-holidays library knows them: its public holidays '
        + '(not bank, school or optional days) are days off in every year the plan spans, Easter and substitute days included. Add your own with `holiday`.',
    workday: '**workday** *date* [to *date*] ["title"] · a day worked by exception\n\n'
        + 'A weekend day or a holiday that is worked: `workday 2027-03-06 "Catch-up Saturday"`. A resource\'s `leave` still takes it off. '
        + 'One that the calendar works anyway is a warning.',
    'Weekday:mon': weekday('Monday'),
    'Weekday:tue': weekday('Tuesday'),
    'Weekday:wed': weekday('Wednesday'),
    'Weekday:thu': weekday('Thursday'),
    'Weekday:fri': weekday('Friday'),
    'Weekday:sat': weekday('Saturday'),
    'Weekday:sun': weekday('Sunday'),

    // ---- People and goals --------------------------------------------------------------------------------
    resource: '**resource** · a person, team or thing that does work\n\n'
        + 'With a `role`, a `rate`, `units`, its own `calendar` and `leave`. Declared in a project it belongs to that project; at the top of a file it is shared with every plan of the workspace.',
    role: '**role** · what the resource does, in words',
    rate: '**rate** · what the resource costs\n\nPer day (`350/d`, the default), hour (`45/h`, 8 hours a working day) or week (`1500/w`, a week of the calendar\'s workdays).',
    units: '**units** · how many of the resource work at once\n\n'
        + '1 unless given (a person); `units 4` makes a pool of four, such as a crew. An assignment takes some of them (`assign crew 3`, `assign crew 50%`) or all of them (`assign crew`); '
        + 'the rate is per unit taken.',
    'Resource:calendar': '**calendar** *name* · the resource\'s own calendar\n\n'
        + 'A named calendar of the project (`calendar shifts { … }`): the resource works its workdays and holidays instead of the project\'s.',
    leave: '**leave** *date* [to *date*] ["title"] · days the resource is away\n\n'
        + 'On top of its calendar\'s days off, the last day included: `leave 2027-03-01 to 2027-03-05 "Annual leave"`, or one day, `leave 2027-03-01`.',
    stakeholder: '**stakeholder** · a person or group with an interest in the project\n\nWith `power`, `interest` and how they are engaged (`engage`, `frequency`). A stakeholder can own risks, issues, changes and quality checks.',
    power: `**power** low | medium | high · how much the stakeholder can affect the project\n\n${GRID}`,
    interest: `**interest** low | medium | high · how much the project affects or concerns the stakeholder\n\n${GRID}`,
    'Level:low': '**low**: on the power/interest grid, low and medium sit on the same side of the line; only high power or interest calls for more.',
    'Level:medium': '**medium**: on the power/interest grid, medium sits with low; only high power or interest calls for more.',
    'Level:high': `**high**\n\n${GRID}`,
    engage: '**engage** "approach" · how the stakeholder is engaged\n\nA stakeholder with high power and high interest (manage closely) needs one (`proj/unengaged-stakeholder`).',
    frequency: '**frequency** "how often" · how often the stakeholder is engaged, such as "monthly"',
    objective: '**objective** · a goal of the project\n\nKPIs measure it (a KPI\'s `for`).',
    kpi: '**kpi** · a key performance indicator\n\n'
        + 'Its `target`, `actual`, `unit` and the objective it measures (`for`). `target 12 or less` is a ceiling; a plain target (or `or more`) is a level to reach. '
        + 'An actual that misses it is a warning (`proj/kpi-missed`); a `%` KPI over 100 is an error.',
    target: '**target** · the figure the KPI aims at\n\nA level to reach, met at or above it; with `or less` a ceiling, met at or below it.',
    'Kpi:or': '**or less** / **or more** · which way the target points\n\n'
        + '`or less`: a ceiling, met when the actual is at or below it (emissions, days lost). `or more`, the same as a plain target: a level to reach, met at or above it.',
    'Kpi:actual': '**actual** · the figure the KPI has reached, compared with its `target`',
    unit: '**unit** "unit" · what the KPI is measured in, such as "%" or "tCO2e"\n\nA `%` KPI runs from 0 to 100.',
    'Kpi:for': '**for** *objective* · the objective the KPI measures',

    // ---- Risks ------------------------------------------------------------------------------------------------
    'Risk:risk': `**risk** · a threat: an uncertain event that would harm the project\n\n${RISK_SCORE} Responses: \`avoid\`, \`reduce\`, \`transfer\`, \`accept\`.\n\n`
        + '```proj\nrisk lease_delay { likelihood 3 impact 4 owner alex response reduce affects fitout }\n```',
    opportunity: `**opportunity** · an uncertain event that would benefit the project\n\n${RISK_SCORE} Responses: \`exploit\`, \`enhance\`, \`share\`, \`accept\`.`,
    likelihood: `**likelihood** 1–5 · how likely the risk is to happen\n\n1 least likely, 5 most. ${RISK_SCORE}`,
    'Risk:impact': `**impact** 1–5 · how much the risk would affect the project if it happened\n\n1 least, 5 most. ${RISK_SCORE}`,
    'residual likelihood': '**residual likelihood** *L* **impact** *I* · the score once the response has worked\n\n'
        + 'On the same 1–5 scales. A threat scored higher after its response than before is a warning (`proj/residual-above-inherent`).',
    proximity: '**proximity** *date* · when the risk would strike\n\nThe date by which it may happen, and so by which the response must be in place.',
    response: '**response** *type* ["description"] · how the risk is treated\n\n'
        + 'Threats: `avoid`, `reduce`, `transfer` or `accept`. Opportunities: `exploit`, `enhance`, `share` or `accept`.',
    'Response:avoid': threat('avoid', 'Remove the threat: change the plan so that it cannot happen or cannot affect the project.'),
    'Response:reduce': threat('reduce', 'Act now to make it less likely, or its impact smaller.'),
    'Response:transfer': threat('transfer', 'Pass its financial impact to a third party, by insurance or a contract.'),
    'Response:accept': '**accept** · response to a threat or an opportunity\n\nTake the chance: no action now, but watch it and keep a plan for when it happens.',
    'Response:exploit': opportunity('exploit', 'Make sure it happens.'),
    'Response:enhance': opportunity('enhance', 'Make it more likely, or its benefit bigger.'),
    'Response:share': opportunity('share', 'Bring in a partner better able to realise it, and share the benefit.'),
    owner: '**owner** · who is responsible for it\n\nA resource or a stakeholder. A risk, opportunity, issue or change with no owner is a warning (`proj/missing-owner`).',
    affects: '**affects** · the tasks, milestones or phases it bears on\n\nAs ids, or `project.id` in another project. A threat to critical work is flagged in the register and its hover.',

    // ---- Change, issues, lessons, quality --------------------------------------------------------------------------
    change: '**change** · a change request\n\n'
        + 'When it was `raised`, its `status` (raised, assessed, approved, rejected, implemented), `owner`, the work it `affects` and its `impact` on time, cost and scope. '
        + 'The status report shows what the approved and implemented ones add to the baseline.',
    raised: '**raised** *date* · when it was raised\n\nA date after the project\'s status date is a warning (`proj/raised-after-status`).',
    'Change:status': '**status** · where the change request stands\n\n`raised` (the default), `assessed`, `approved`, `rejected` or `implemented`. An approved or implemented change needs an `impact` (`proj/change-without-impact`).',
    'Change:impact': '**impact** · what the change costs in time, money and scope\n\n'
        + 'Any of them, in that order: `impact 5d 12000 "Fit out the second floor as well"`: five working days, 12,000, and the scope in words.',
    'ChangeStatus:raised': '**raised** · the change has been asked for, not yet assessed (the default)',
    'ChangeStatus:assessed': '**assessed** · its impact has been assessed; it awaits a decision',
    'ChangeStatus:approved': '**approved** · the change will be made; its impact adds to the baseline',
    'ChangeStatus:rejected': '**rejected** · the change will not be made',
    'ChangeStatus:implemented': '**implemented** · the change has been made; its impact is part of the baseline',
    issue: '**issue** · something that has happened and needs action (a risk may happen; an issue has)\n\n'
        + 'With `raised`, `owner`, `severity`, `status` (open or closed), to whom it is escalated (`escalate`) and the work it `affects`.',
    'Issue:status': '**status** · `open` (the default) or `closed`',
    'IssueStatus:open': '**open** · the issue still needs action (the default)',
    'IssueStatus:closed': '**closed** · the issue has been dealt with',
    severity: '**severity** · how serious the issue is: `low`, `medium`, `high` or `critical`',
    'Severity:low': '**low** severity',
    'Severity:medium': '**medium** severity',
    'Severity:high': '**high** severity',
    'Severity:critical': '**critical** severity: the most serious',
    escalate: '**escalate** "to whom" · the issue is beyond the project manager\'s authority and is escalated, such as to "Programme board"',
    lesson: '**lesson** · a lesson learned, with a `category`; the status report groups lessons by category',
    category: '**category** · the group the lesson belongs to, such as `procurement`',
    quality: '**quality** · a quality check\n\n'
        + 'The `criterion` a deliverable must meet, the deliverables it covers (`for`), its `status` (pending, passed, failed) and `owner`. '
        + 'Passed while a deliverable is unfinished is a warning (`proj/quality-passed-early`).',
    'Quality:for': '**for** · the deliverables the quality check covers: tasks, milestones or phases',
    criterion: '**criterion** "text" · what the deliverable must meet to pass; a check without one is a warning (`proj/missing-criterion`)',
    'Quality:status': '**status** · `pending` (the default), `passed` or `failed`',
    'QualityStatus:pending': '**pending** · not checked yet (the default)',
    'QualityStatus:passed': '**passed** · the deliverable meets the criterion',
    'QualityStatus:failed': '**failed** · the deliverable does not meet the criterion',

    // ---- Fuller registers: KPIs' history, risks' cost, issues' resolution, lessons, the communications schedule -----------
    'Kpi:baseline': '**baseline** *figure* · where the KPI stood before the project, to measure its change against',
    history: '**history** *date* *figure*, … · the KPI\'s readings over time, oldest first\n\n```proj\nhistory 2027-01-31 95000, 2027-02-28 92000\n```',
    'Risk:cost': '**cost** *amount* [*most likely* *most*] · what the risk would cost if it happened (an opportunity: what it would save)\n\n'
        + 'Its expected monetary value (EMV) is probability × cost, shown in `proj register risks` with the total the contingency should cover. '
        + 'Three figures (`cost 2000 5000 12000`, least, most likely, most) make it uncertain: the EMV takes their mean, and `proj risk` draws it.',
    probability: '**probability** *n*% · how likely the risk is, as a percentage, when known better than its likelihood\n\n'
        + 'Without it, the likelihood gives it: 1 = 10%, 2 = 30%, 3 = 50%, 4 = 70%, 5 = 90% (the middle of each fifth). Above 0 and up to 100 (`proj/probability-range`).',
    resolution: '**resolution** "how" · how the issue was resolved',

    // ---- Schedule risk analysis --------------------------------------------------------------------------------
    distribution: '**distribution** `pert` | `triangular` · how three-point estimates are sampled in schedule risk analysis\n\n'
        + 'On the project, for every estimate; on a task, for its own. PERT-Beta unless given: its mean is the PERT mean (o + 4m + p) / 6. '
        + 'A risk\'s three-point delay and cost are drawn the project\'s way. `proj risk` and the hover show the figures.',
    'DistributionKind:pert': '**pert** · PERT-Beta: a Beta distribution between the optimistic and pessimistic values whose mean is the PERT mean (the default)',
    'DistributionKind:triangular': '**triangular** · a triangle between the optimistic and pessimistic values, peaking at the most likely: wider in the tails than PERT-Beta',
    uncertainty: '**uncertainty** *low*% *high*% · the range of a plain duration in schedule risk analysis\n\n'
        + '`uncertainty -10% +30%`: a 10-day task takes 9 to 13 days, most likely 10. On the project, for every `duration` without its own; '
        + 'a task with an `estimate` is sampled from that. The low end from above -100% to 0%, the high end 0% or more (`proj/uncertainty-range`).',
    delay: '**delay** *d* [*d* *d*] · the working time the risk adds to the work it `affects` when it happens (an opportunity: saves)\n\n'
        + 'One duration, or three (least, most likely, most: `delay 5d 10d 20d`). In schedule risk analysis it happens in the share of iterations '
        + 'its `probability` gives (else its likelihood\'s: 1 = 10% … 5 = 90%). On a milestone the milestone waits; on a phase, its first work.',
    confidence: '**confidence** *n*% · the chance of meeting the dates the board asks for\n\n'
        + 'When the chance of meeting the deadline, a work\'s `deadline` or a `finish no later than` is below it, a warning (`proj/schedule-confidence`), '
        + 'from a schedule risk analysis of 500 iterations in the editor.',
    'Issue:closed': '**closed** *date* · when the issue was closed\n\nIt closes the issue, whatever its `status`; before its `raised` date it is an error.',
    'Lesson:description': '**description** "what happened" · the lesson in full: what happened, and why it matters',
    recommend: '**recommend** "what to do" · the action the lesson recommends',
    'Lesson:status': '**status** · `open` (the default: the action is still to take), `actioned` or `closed`',
    'LessonStatus:open': '**open** · the recommended action is still to take (the default)',
    'LessonStatus:actioned': '**actioned** · the recommended action has been taken',
    'LessonStatus:closed': '**closed** · the lesson is embedded: nothing more to do',
    'engage via': '**engage via** "how" · how the stakeholder is reached, such as "Meeting" or "Email": the communications schedule',
    'engage on': '**engage on** *date* · the stakeholder\'s next engagement\n\nBefore the status date it is overdue (`proj/engagement-overdue`). `proj register stakeholders` lists the engagements in date order.',

    // ---- Budget reserves -----------------------------------------------------------------------------------------
    contingency: '**contingency** *amount* · money held in the budget for the risks\n\n'
        + '`proj register risks` says whether it covers the risks\' expected monetary value.',
    reserve: '**reserve** *amount* · the management reserve: money held in the budget for the unforeseen, released only by the board\n\n'
        + 'A forecast at completion (EAC) within the budget but over the budget less the reserve makes the cost RAG amber; over the budget, red.',

    // ---- Business case -------------------------------------------------------------------------------------------
    discount: '**discount** *n*% · the rate the business case discounts each year at, for its net present value (NPV)\n\n3.5% (the HM Treasury Green Book rate) unless given.',
    appraisal: '**appraisal** *n* **years** · how many years the business case counts benefits over\n\n5 unless given. Year 0 holds the cost; each benefit counts from the year of its `realised` date.',
    option: '**option** · an alternative the business case considered\n\nWith its `cost`, its `value` (what it would bring) and a `description`; the one recommended is `chosen` (one only: `proj/option-choice`).',
    'Option:cost': '**cost** *amount* · what the option would cost',
    'Option:value': '**value** *amount* · what the option would bring (its benefit), over the appraisal',
    chosen: '**chosen** · the option the business case recommends; one only',
    description: '**description** "text" · the element described in full',
    benefit: '**benefit** · what the project brings, for the business case\n\n'
        + 'Its `value` (once, or `/year` from its `realised` date), `owner`, `measure`, the objective it serves (`for`) and its `kpi`. '
        + 'Without an owner or a measure it is a warning. The cost (EAC where there is earned value, else the budget) against the benefits gives payback, ROI and NPV (`proj register benefits`); '
        + 'a cost above the benefits is a warning (`proj/business-case-invalid`).\n\n'
        + '```proj\nbenefit lower_rent "Lower rent" { value 25000/year owner finance measure "Annual rent paid" realised 2027-07-01 for on_time kpi rent }\n```',
    value: '**value** *amount* [/year] · what the benefit is worth: once, or each year from its realisation date to the end of the appraisal',
    'Benefit:year': '**/year** · the value recurs each year from the realisation date',
    measure: '**measure** "what" · what shows the benefit is realised; a benefit without one is a warning (`proj/benefit-without-measure`)',
    realised: '**realised** *date* · when the benefit starts to be realised; the business case counts it from that year',
    'Benefit:for': '**for** *objective* · the objective the benefit serves',
    'Benefit:kpi': '**kpi** *kpi* · the KPI that tracks the benefit',

    // ---- Scope -------------------------------------------------------------------------------------------------------
    includes: '**includes** "what" · a statement of what is in scope',
    excludes: '**excludes** "what" · a statement of what is out of scope',
    deliverable: '**deliverable** · something the project hands over, with its `acceptance` criteria and `owner`\n\n'
        + 'The work that makes it says `produces <deliverable>`. Once a plan has deliverables, one no task produces, and a task that produces none, are warnings.',
    acceptance: '**acceptance** "criterion" · what the deliverable must meet to be accepted; one line per criterion',
    produces: '**produces** *deliverable*, … · the deliverables this work makes: the work breakdown',

    // ---- KSBs and standards --------------------------------------------------------------------------------------
    ksb: '**ksb** · links this element to the standard\'s knowledge, skills and behaviours\n\n'
        + 'Codes of the Associate Project Manager standard ST0310: knowledge K1–K31, skills S1–S26, behaviours B1–B5, separated by spaces or commas. '
        + 'Written on the project itself, its tolerance, calendars, objectives, KPIs, resources, stakeholders, phases, tasks and milestones, and every register entry. '
        + 'The element then evidences them in the KSB coverage (`proj ksb`, the preview\'s KSB tab). Hover a code for its text; go to definition opens the standard.',
    standard: '**standard** · an apprenticeship standard: its knowledge, skills, behaviours and duties\n\nST0310 ships built in and read-only.',
    knowledge: '**knowledge** *code* "text" · a knowledge statement of the standard (K)',
    skill: '**skill** *code* "text" · a skill statement of the standard (S)',
    behaviour: '**behaviour** *code* "text" · a behaviour statement of the standard (B)',
    duty: '**duty** *code* "text" { ksb … } · a duty of the standard, with the KSBs it maps to; the KSB coverage groups codes by duty\n\n'
        + 'A standard of duties alone maps another standard\'s KSBs: `standard my_reading { duty D5 "…" { ksb K21 S12 } }` adds K21 and S12 to ST0310\'s duty D5.',
};

/**
 * The documentation of a keyword: the first of `phrases` with a text, each looked up first as
 * `rule:phrase` and then as the plain phrase.
 */
export function keywordDocumentation(rule: string | undefined, phrases: readonly string[]): string | undefined {
    for (const phrase of phrases) {
        const text = (rule !== undefined ? KEYWORD_DOCS[`${rule}:${phrase}`] : undefined) ?? KEYWORD_DOCS[phrase];
        if (text !== undefined) {
            return text;
        }
    }
    return undefined;
}
