import type { JsonPath } from '../diagnostics';
import type { Meter } from '../format/scenario';
import type { LintContext } from './context';
import { closestId } from './suggest';

/** The meters the engine itself reads, so every scenario declares them. */
const REQUIRED_METERS = ['trust', 'security', 'legalRisk'] as const;

type Side = 'low' | 'high';
type Level = 'fail' | 'warn';

/** The thresholds from bottom to top: each present one must be above the present ones before it. */
const THRESHOLD_ORDER: readonly (readonly [Side, Level])[] = [
  ['low', 'fail'],
  ['low', 'warn'],
  ['high', 'warn'],
  ['high', 'fail'],
];

/** LD105, LD301–LD307: required meters exist and each meter's range and thresholds make sense. */
export function checkMeters(context: LintContext): void {
  const declared = context.scenario.meters.map((meter) => meter.id);
  for (const id of REQUIRED_METERS) {
    if (declared.includes(id)) continue;
    const near = closestId(id, declared);
    context.report('LD105', ['meters'], {
      id,
      required: [...REQUIRED_METERS],
      ...(near === undefined ? {} : { near }),
    });
  }
  context.scenario.meters.forEach((meter, i) => {
    checkMeter(context, meter, ['meters', i]);
  });
}

function checkMeter(context: LintContext, meter: Meter, path: JsonPath): void {
  const { min, max, start } = meter;
  if (min >= max) {
    context.report('LD301', [...path, 'max'], { min, max });
  } else if (start < min || start > max) {
    context.report('LD302', [...path, 'start'], { start, min, max });
  }
  checkThresholdsInRange(context, meter, path);
  checkThresholdOrder(context, meter, path);
  checkStartZone(context, meter, path);
  for (const side of ['low', 'high'] as const) checkWarnings(context, meter, side, path);
}

function checkThresholdsInRange(context: LintContext, meter: Meter, path: JsonPath): void {
  for (const [side, level] of THRESHOLD_ORDER) {
    const value = meter[side]?.[level];
    if (value !== undefined && (value < meter.min || value > meter.max)) {
      context.report('LD305', [...path, side, level], {
        name: `${side}.${level}`,
        value,
        min: meter.min,
        max: meter.max,
      });
    }
  }
}

function checkThresholdOrder(context: LintContext, meter: Meter, path: JsonPath): void {
  let below: { name: string; value: number } | undefined;
  for (const [side, level] of THRESHOLD_ORDER) {
    const value = meter[side]?.[level];
    if (value === undefined) continue;
    const name = `${side}.${level}`;
    if (below !== undefined && value <= below.value) {
      context.report('LD304', [...path, side, level], {
        name,
        value,
        below: below.name,
        belowValue: below.value,
      });
    }
    below = { name, value };
  }
}

/** A run that starts in a warning zone could fail on its first change without the promised warning. */
function checkStartZone(context: LintContext, meter: Meter, path: JsonPath): void {
  const lowEdge = meter.low?.warn ?? meter.low?.fail;
  const highEdge = meter.high?.warn ?? meter.high?.fail;
  if (lowEdge !== undefined && meter.start <= lowEdge) {
    context.report('LD303', [...path, 'start'], { start: meter.start, side: 'low', edge: lowEdge });
  } else if (highEdge !== undefined && meter.start >= highEdge) {
    context.report('LD303', [...path, 'start'], { start: meter.start, side: 'high', edge: highEdge });
  }
}

function checkWarnings(context: LintContext, meter: Meter, side: Side, path: JsonPath): void {
  const threshold = meter[side];
  if (threshold === undefined || threshold.warn !== undefined) return;
  if (threshold.fail !== undefined) {
    context.report('LD306', [...path, side, 'fail'], { side });
  }
  if (threshold.warningEvent !== undefined) {
    context.report('LD307', [...path, side, 'warningEvent'], { side });
  }
}
