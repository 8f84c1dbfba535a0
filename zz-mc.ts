import { createProjServices } from './language/src/proj-module.js';
import { EmptyFileSystem, URI } from 'langium';
import { readFileSync } from 'node:fs';
import { analyseScheduleRisk } from './language/src/engine/schedule-risk/monte-carlo.js';
import { inWorkingDays, riskNetworkOf } from './language/src/engine/schedule-risk/risk-network.js';
import { fitsWorkingDayPasses } from './language/src/engine/schedule-risk/working-day-passes.js';
import { scheduleRiskInputsOf } from './language/src/planning/schedule-risk-from-ast.js';
const { Proj, shared } = createProjServices(EmptyFileSystem);
const doc = shared.workspace.LangiumDocumentFactory.fromString(readFileSync('examples/office-move.proj', 'utf8'), URI.file('/x/office-move.proj'));
await shared.workspace.DocumentBuilder.build([doc], {});
const project = (doc.parseResult.value as any).elements.find((e: any) => e.$type === 'Project');
const plan = (Proj as any).planning.ProjectSchedules.planOf(project);
const risks = scheduleRiskInputsOf(project);
const net = inWorkingDays(riskNetworkOf(plan));
console.log('fits working-day passes', fitsWorkingDayPasses(net), net.onWorkingDays, net.anyAsLateAsPossible);
for (let k = 0; k < 5; k++) { const t = performance.now(); analyseScheduleRisk(plan, risks, { iterations: 500 }); console.log((performance.now() - t).toFixed(1)); }
const raw = riskNetworkOf(plan);
console.log('inTicks', raw.time.inTicks, 'lines same', raw.lines.map((l, i) => l === raw.projectLine ? '' : plan.items[i].id).filter(Boolean), 'elapsed', raw.incoming.elapsed.some(f => f !== 0));
