import { describe, expect, it } from 'vitest';
import { classifyEmail } from './classify.js';
import { newestPart } from './newest-part.js';

const email = (body: string, subject = '') => ({
  subject,
  from: 'Talent <jobs@kestrel.example>',
  body,
});

describe('classifyEmail on the hard cases', () => {
  it('reads a plain no after a technical interview, with the stage and no reapply invitation', () => {
    const result = classifyEmail(
      email(
        'Hi Sam,\n\nThank you for the technical interview last week. We have decided to move forward with other candidates.\n\nBest,\nZoë',
      ),
    );
    expect(result).toMatchObject({
      label: 'rejection',
      stage: 'after_interview',
      reapplyInvited: false,
    });
    expect(result.cues.length).toBeGreaterThan(0);
  });

  it('does not call a reschedule a rejection because it says "unfortunately"', () => {
    const result = classifyEmail(
      email(
        'Hi Sam, unfortunately I need to move our interview on Thursday. Could you pick a new slot from the link below?',
      ),
    );
    expect(result.label).toBe('interview_invite');
  });

  it('does not call an acknowledgement a rejection because it says "if you are not selected"', () => {
    const result = classifyEmail(
      email(
        'Thank you for your application. We have received it and will review it carefully. If you are not selected, you will not hear from us.',
      ),
    );
    expect(result.label).toBe('application_received');
  });

  it('never decides a rejection from a generic word alone', () => {
    expect(
      classifyEmail(
        email('Unfortunately our office will be closed on Monday. We wish you the best.'),
      ).label,
    ).not.toBe('rejection');
  });

  it('sees a final-round rejection that invites a new application', () => {
    const result = classifyEmail(
      email(
        'Thank you for meeting our CEO in the final round. We went with another candidate, but we would love to see you apply again for future roles.',
      ),
    );
    expect(result).toMatchObject({
      label: 'rejection',
      stage: 'after_final',
      reapplyInvited: true,
    });
  });

  it('keeps a role on hold apart from a rejection', () => {
    expect(
      classifyEmail(
        email(
          'We have put the role on hold due to a hiring freeze. Your application remains open and we will be in touch.',
        ),
      ).label,
    ).toBe('other');
  });
});

describe('newestPart', () => {
  it('drops quoted history and keeps the newest reply', () => {
    const body =
      'We will not be moving forward.\n\nOn Mon, 3 Mar 2026 at 10:00, Zoë <z@k.example> wrote:\n> We would like to invite you to interview.';
    expect(newestPart(body)).toBe('We will not be moving forward.');
  });

  it('reads the forwarded employer message, not the user’s note above it', () => {
    const body =
      'fyi, sad!\n\n---------- Forwarded message ---------\nFrom: Kestrel <jobs@k.example>\nDate: Mon, 3 Mar 2026\nSubject: Your application\nTo: me\n\nWe regret to inform you that the position has been filled.';
    expect(newestPart(body)).toBe('We regret to inform you that the position has been filled.');
  });
});
