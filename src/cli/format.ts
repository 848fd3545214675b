import type { Application } from '../core/records.js';
import { outcomeLabels, stageLabels } from '../core/stages.js';
import type { ApplicationDetail } from '../core/tracker/index.js';
import { formatTable } from './output.js';

export function formatApplicationLine(a: Application): string {
  const status =
    a.outcome === 'open'
      ? stageLabels[a.stage]
      : `${stageLabels[a.stage]}, ${outcomeLabels[a.outcome].toLowerCase()}`;
  return `${a.id}  ${a.role} at ${a.company} (${status})`;
}

export function formatApplicationList(applications: Application[]): string {
  if (applications.length === 0) {
    return 'No applications yet. Add one with: rebound add --company "Company" --role "Role"';
  }
  return formatTable(
    ['ID', 'COMPANY', 'ROLE', 'STAGE', 'OUTCOME', 'APPLIED'],
    applications.map((a) => [
      a.id,
      a.company,
      a.role,
      stageLabels[a.stage],
      outcomeLabels[a.outcome],
      a.appliedOn ?? '',
    ]),
  );
}

export function formatApplicationDetail(detail: ApplicationDetail): string {
  const { application: a } = detail;
  const lines = [
    `${a.role} at ${a.company}`,
    `  id:             ${a.id}`,
    `  stage now:      ${stageLabels[a.stage]}`,
    `  furthest stage: ${stageLabels[detail.furthestStage]}`,
    `  outcome:        ${outcomeLabels[a.outcome]}`,
  ];
  if (a.appliedOn) lines.push(`  applied:        ${a.appliedOn}`);
  if (a.postingUrl) lines.push(`  posting:        ${a.postingUrl}`);
  if (a.location) lines.push(`  location:       ${a.location}`);
  if (a.notes) lines.push(`  notes:          ${a.notes}`);
  lines.push('', 'Timeline');
  for (const event of detail.timeline)
    lines.push(`  ${event.at.slice(0, 16).replace('T', ' ')}  ${event.description}`);
  if (detail.contacts.length > 0) {
    lines.push('', 'Contacts');
    for (const c of detail.contacts)
      lines.push(`  ${c.name}${c.title ? `, ${c.title}` : ''}${c.email ? ` <${c.email}>` : ''}`);
  }
  return lines.join('\n');
}
