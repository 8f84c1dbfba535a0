import { WorkingCalendar } from './language/src/engine/working-calendar.js';
const proto: any = WorkingCalendar.prototype;
let covers = 0, calls = 0; const bad = new Map<string, number>();
const orig = proto.cover; proto.cover = function (day: number) { covers++; bad.set(String(day), (bad.get(String(day)) ?? 0) + 1); return orig.call(this, day); };
const o2 = proto.indexOnOrAfterDay; proto.indexOnOrAfterDay = function (d: number) { calls++; return o2.call(this, d); };
await import('./zz-mc.ts');
console.log({ covers, calls }, [...bad].slice(0, 10));
