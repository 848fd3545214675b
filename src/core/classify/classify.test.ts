import { describe, expect, it } from 'vitest';
import { classifyEmail, modelText } from './classify.js';
import { trainBayes } from './naive-bayes.js';
import { newestPart } from './newest-part.js';
import { emailLabels } from './types.js';

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

describe('classifyEmail on mail that only sounds like a rejection', () => {
  it('reads a newsletter that quotes a rejection line as other', () => {
    const result = classifyEmail(
      email(
        'In this issue: "We have decided to move forward with other candidates" and what to write back. Read the full issue on our site.',
        'Job Hunt Weekly #12',
      ),
    );
    expect(result.label).toBe('other');
  });

  it('reads recruiter outreach that asks for a call as other, not an invitation', () => {
    const result = classifyEmail(
      email(
        "Hi Sam, I'm a technical recruiter working with a client in logistics on a Lead Engineer hire. Would you be open to a quick call on Thursday? Send me your availability.",
      ),
    );
    expect(result.label).toBe('other');
  });

  it('keeps a hiring delay with "unfortunately" apart from a rejection while the application stays open', () => {
    const result = classifyEmail(
      email(
        "Hi Sam, unfortunately we can't move things forward until the budget is signed off in September. Your application remains active and nothing is needed from you.",
      ),
    );
    expect(result.label).toBe('other');
  });

  it('reads an invitation for another role as an invitation even when it turns one role down', () => {
    const result = classifyEmail(
      email(
        "Although we decided not to move forward for the Lead role, we'd like to invite you to interview for our Senior role instead. Could you pick a time on Thursday?",
      ),
    );
    expect(result.label).toBe('interview_invite');
  });

  it('reads "successful candidates will be invited to interview" in an acknowledgement as a receipt', () => {
    const result = classifyEmail(
      email(
        'Thank you for your application for Data Officer. We have received it. Successful candidates will be invited to interview in July; unsuccessful candidates will be told by email.',
      ),
    );
    expect(result.label).toBe('application_received');
  });
});

describe('classifyEmail on rejections in their many forms', () => {
  it('reads a curly apostrophe the same as a straight one', () => {
    const result = classifyEmail(
      email('Thank you for your application. We won’t be moving forward with it at this time.'),
    );
    expect(result.label).toBe('rejection');
  });

  it('reads an offer withdrawn because of a hiring freeze as a rejection after the final stage', () => {
    const result = classifyEmail(
      email(
        'Dear Sam, because of a hiring freeze announced this morning, we have to withdraw the offer we made you last week. I am so sorry.',
      ),
    );
    expect(result).toMatchObject({ label: 'rejection', stage: 'after_final' });
  });

  it('does not take a step never offered as the stage reached', () => {
    const result = classifyEmail(
      email(
        'Thank you for applying for the Analyst role. We are currently interviewing a number of candidates, and you have not been shortlisted for interview.',
      ),
    );
    expect(result).toMatchObject({ label: 'rejection', stage: 'after_application' });
  });

  it('reads a call with the recruiter as a screen', () => {
    const result = classifyEmail(
      email(
        'Hi Sam, good to speak on Monday. The hiring team has decided to focus on candidates with more retail experience, so we will leave it there for now.',
      ),
    );
    expect(result).toMatchObject({ label: 'rejection', stage: 'after_screen' });
  });
});

describe('classifyEmail on applicant-tracking and job-board mail', () => {
  it('reads a step other candidates moved to as a rejection after the application', () => {
    const result = classifyEmail(
      email(
        'Thank you for applying for the Analyst role. After reviewing your application, the hiring team has moved to the next step of the process with other candidates whose experience is closer to the role.',
      ),
    );
    expect(result).toMatchObject({ label: 'rejection', stage: 'after_application' });
  });

  it('reads a status set to "Not Selected" as a rejection, even in quotation marks', () => {
    const result = classifyEmail(
      email(
        'Dear Candidate, the status of your application for Requisition 1183, Network Administrator, has been updated to "Not Selected". This is an automated message.',
      ),
    );
    expect(result.label).toBe('rejection');
  });

  it('reads a status set to an interview as an invitation', () => {
    const result = classifyEmail(
      email(
        'Dear Candidate, the status of your application for Requisition 1201, Help Desk Technician, has been updated to: Interview Requested. Our team will contact you shortly to arrange a time.',
      ),
    );
    expect(result.label).toBe('interview_invite');
  });

  it('keeps "we can\'t move forward with everyone" in an acknowledgement apart from a rejection', () => {
    const result = classifyEmail(
      email(
        "Thanks for applying! We've received your application for Account Manager. We receive many applications and can't move forward with everyone, but we'll write to you once a decision is made.",
      ),
    );
    expect(result.label).toBe('application_received');
  });

  it('reads "when reviewing applications" as a time, not a condition', () => {
    const result = classifyEmail(
      email(
        'Thank you for applying. When reviewing applications, we found that you were not selected at this time for this role.',
      ),
    );
    expect(result.label).toBe('rejection');
  });

  it('reads a newsletter about rejection emails as other even when it does not quote them', () => {
    const result = classifyEmail(
      email(
        'The Hiring Desk, issue 48. Most applicants hear that a company has decided to pursue other candidates far more often than they hear yes. Read online | Manage subscription',
      ),
    );
    expect(result.label).toBe('other');
  });

  it('does not read a data-retention date ("after the position is filled") as news', () => {
    const result = classifyEmail(
      email(
        'Thank you for applying for Data Engineer. We have received your application. Your data will be deleted six months after the position is filled.',
      ),
    );
    expect(result.label).toBe('application_received');
  });
});

describe("classifyEmail on the candidate's own withdrawal", () => {
  it("reads a withdrawal made at the candidate's request as other, not a rejection", () => {
    const result = classifyEmail(
      email(
        'Dear Sam, as you requested, your application for Treasury Analyst has been withdrawn at your request and will no longer be considered.',
      ),
    );
    expect(result.label).toBe('other');
  });
});

describe('classifyEmail with a fallback model passed in', () => {
  const undecided =
    'Hello Sam, a short note about the Harbour Street team and the Brindle project this spring, with plans for the quarter, the new office layout, the coffee rota, parking permits, the garden, the summer party, the library, the bike racks and the lunch menu for everyone.';

  it('lets the model it is given speak when no rule decides', () => {
    // Every label has seen some text; only offers have seen this one.
    const others = emailLabels
      .filter((label) => label !== 'offer')
      .map((label) => ({ text: `${label} weather rain sunshine clouds forecast`, label }));
    const offers = Array.from({ length: 5 }, () => ({ text: undecided, label: 'offer' as const }));
    const model = trainBayes([...offers, ...others], emailLabels);
    const result = classifyEmail(email(undecided), model);
    expect(result.label).toBe('offer');
    expect(result.cues.some((cue) => cue.startsWith('model'))).toBe(true);
  });
});

describe('modelText', () => {
  it("drops the person's name from greetings and name-only salutations, keeping the rest", () => {
    expect(modelText('Dear Conor Dewey, thank you for applying.')).not.toMatch(/Conor|Dewey/);
    expect(modelText('Seth,\n\nThank you for your interest.')).not.toMatch(/Seth/);
    expect(modelText('Hi there, thanks for your interest in the role.')).toBe(
      'Hi there, thanks for your interest in the role.',
    );
  });
});

describe('newestPart', () => {
  it('drops quoted history and keeps the newest reply', () => {
    const body =
      'We will not be moving forward.\n\nOn Mon, 3 Mar 2026 at 10:00, Zoë <z@k.example> wrote:\n> We would like to invite you to interview.';
    expect(newestPart(body)).toBe('We will not be moving forward.');
  });

  it('reads a message below "Original Message" when only a short note sits above it', () => {
    const body =
      'for the tracker\n\n-------- Original Message --------\nSubject: Your application\nFrom: Kestrel <jobs@k.example>\n\nThe position has now been filled.';
    expect(newestPart(body)).toBe('The position has now been filled.');
  });

  it('reads the forwarded employer message, not the user’s note above it', () => {
    const body =
      'fyi, sad!\n\n---------- Forwarded message ---------\nFrom: Kestrel <jobs@k.example>\nDate: Mon, 3 Mar 2026\nSubject: Your application\nTo: me\n\nWe regret to inform you that the position has been filled.';
    expect(newestPart(body)).toBe('We regret to inform you that the position has been filled.');
  });
});
