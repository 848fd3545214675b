import { percent } from '../core/insights/index.js';
import { stageLabels } from '../core/stages.js';
import type { Insights } from '../core/tracker/index.js';
import { formatTable } from './output.js';

const barWidth = 30;

/** A bar of block characters, in eighths, so small counts still show. */
export function drawBar(value: number, max: number, width = barWidth): string {
  if (max <= 0 || value <= 0) return '';
  const eighths = Math.max(1, Math.round((value / max) * width * 8));
  const partial = ['', '▏', '▎', '▍', '▌', '▋', '▊', '▉'][eighths % 8] ?? '';
  return '█'.repeat(Math.floor(eighths / 8)) + partial;
}

const verdictWords = {
  below: 'below typical',
  typical: 'typical',
  above: 'above typical',
  'not-enough-data': 'too few yet',
} as const;

function funnelTable(insights: Insights): string {
  const max = insights.funnel.stages[0]?.reached ?? 0;
  return formatTable(
    ['STAGE', 'REACHED', ''],
    insights.funnel.stages.map((s) => [
      stageLabels[s.stage],
      String(s.reached),
      drawBar(s.reached, max),
    ]),
  );
}

function stepsTable(insights: Insights): string {
  return formatTable(
    ['STEP', 'MOVED ON', 'RATE', '90% INTERVAL', 'TYPICAL', 'READING'],
    insights.diagnosis.steps.map((s) => [
      `${stageLabels[s.from]} → ${stageLabels[s.to]}`,
      `${s.estimate.successes} of ${s.estimate.trials}`,
      s.estimate.rate === null ? '–' : percent(s.estimate.rate),
      s.estimate.trials === 0 ? '–' : `${percent(s.estimate.low)}–${percent(s.estimate.high)}`,
      percent(s.reference),
      verdictWords[s.verdict],
    ]),
  );
}

/** The week's plan: the target, check-ins due and open goals. */
export function weekLines(insights: Insights): string[] {
  const lines = [`Weekly target: ${insights.weekly.message}`];
  for (const checkin of insights.checkins) {
    const who = checkin.contacts.length > 0 ? checkin.contacts.join(', ') : 'your contact';
    lines.push(`  Check in with ${who} (${checkin.role} at ${checkin.company}).`);
  }
  for (const goal of insights.goals) {
    const progress =
      goal.progress.target !== null ? ` ${goal.progress.done}/${goal.progress.target}` : '';
    lines.push(`  Goal${progress}: ${goal.text}`);
  }
  return lines;
}

/** The insights for a terminal: the next step first, then the numbers and why. */
export function formatInsights(insights: Insights): string {
  const { diagnosis, funnel } = insights;
  const lines = [insights.headline, ''];
  if (funnel.applications > 0) {
    lines.push(`Funnel (${funnel.applications} applications)`, funnelTable(insights), '');
    lines.push(stepsTable(insights), '');
  }
  if (diagnosis.bottleneck) {
    lines.push(`What helps with ${diagnosis.bottleneck.remedy.title.toLowerCase()}:`);
    for (const action of diagnosis.bottleneck.remedy.actions) lines.push(`  - ${action}`);
    lines.push('');
  }
  if (diagnosis.notes.length > 0) {
    lines.push('Why:');
    for (const note of diagnosis.notes) lines.push(`  - ${note}`);
    lines.push('');
  }
  const { responseTime, ghosting } = funnel;
  if (responseTime.medianDays !== null) {
    lines.push(
      `First replies came after ${responseTime.medianDays} days (median of ${responseTime.measured}).`,
    );
  }
  if (ghosting.count > 0 && ghosting.share !== null) {
    lines.push(
      `${ghosting.count} applications (${percent(ghosting.share)}) got no reply; silence is common and rarely personal.`,
    );
  }
  if (diagnosis.coach) lines.push('', diagnosis.coach.message);
  lines.push('', ...weekLines(insights));
  return lines.join('\n').trimEnd();
}
