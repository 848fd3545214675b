import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractParties, type EmailParts } from './extract.js';

const mail = (from: string, subject: string, ...body: string[]): EmailParts => ({
  from,
  subject,
  body: body.join('\n'),
});

describe('extractParties: company', () => {
  it('reads "position at X" and merges a short form into the fullest one', () => {
    const got = extractParties(
      mail(
        'Brindle <jobs@brindle.example>',
        'Update',
        'Hello Ola,',
        '',
        'Thank you for applying for the Data Steward position at Brindle Analytics.',
        'We have decided not to progress your application.',
        '',
        'Brindle Talent',
      ),
    );
    expect(got.company).toBe('Brindle Analytics');
  });

  it('reads "interest in X" and "X is an equal opportunity employer" behind an ATS mailbox', () => {
    const got = extractParties(
      mail(
        'Careers <no-reply@atsvendor.example>',
        '',
        'Dear Applicant,',
        '',
        'Thank you for your interest in Moorgate Clinics. We received your application.',
        '',
        'Moorgate Clinics is an equal opportunity employer.',
      ),
    );
    expect(got.company).toBe('Moorgate Clinics');
  });

  it('takes the employer from "on behalf of", not the platform that sent it', () => {
    const got = extractParties(
      mail(
        'Talentsy on behalf of Quayside Ferries <noreply@talentsy.example>',
        'Your application',
        'Hi Ben,',
        '',
        'We have received your application for Deckhand.',
        '',
        'Powered by Talentsy',
      ),
    );
    expect(got.company).toBe('Quayside Ferries');
  });

  it('drops the vendor when "X has invited you" names the employer', () => {
    const got = extractParties(
      mail(
        'Skillcheck <invites@skillcheck.example>',
        'Your assessment',
        'Hello,',
        '',
        'Harbourline has invited you to complete an assessment for the Customer Service Advisor role.',
        '',
        'The Skillcheck team',
      ),
    );
    expect(got).toEqual({
      company: 'Harbourline',
      role: 'Customer Service Advisor',
      contactName: null,
    });
  });

  it('reads a "Name | Title | Company" and a "Title, Company" signature', () => {
    const pipe = extractParties(
      mail(
        'Sunita Rao <sunita.rao@neelam.example>',
        'Your candidacy',
        'Dear Arjun,',
        '',
        'We will not be taking your candidacy further.',
        '',
        'Best regards,',
        'Sunita Rao | Head of HR | Neelam Textiles',
        '+91 22 5555 0101',
      ),
    );
    expect(pipe.company).toBe('Neelam Textiles');
    const comma = extractParties(
      mail(
        'Mwangi Otieno <m.otieno@savanna-agri.example>',
        '',
        'Habari Achieng,',
        '',
        'The panel has agreed to offer you the job. Kindly let me know when you can report.',
        '',
        'Regards',
        'Mwangi Otieno',
        'HR, Savanna Agri',
      ),
    );
    expect(comma).toEqual({ company: 'Savanna Agri', role: null, contactName: 'Mwangi Otieno' });
  });

  it('reads the From display name without department words and "via" platforms', () => {
    const got = extractParties(
      mail(
        'Orbis Robotics Early Careers via Hirely <notify@hirely.example>',
        'Application received',
        'Hi Alex, we received your application. We will be in touch.',
      ),
    );
    expect(got.company).toBe('Orbis Robotics');
  });

  it('reads the subject ("Your application to X")', () => {
    const got = extractParties(
      mail(
        'Recruitment <recruitment@mailhost.example>',
        'Your application to Tallis & Pryor LLP',
        'Dear Ms. Adeyemi,',
        '',
        'We are sorry to tell you that you have not been successful on this occasion.',
      ),
    );
    expect(got.company).toBe('Tallis & Pryor LLP');
  });

  it('is null when the name appears only in the sender domain', () => {
    const got = extractParties(
      mail(
        'Tom Baker <tom@smallshop.example>',
        'Re: Quick chat?',
        'Hey Priya,',
        '',
        "Cheers for sending that through. Let's chat about the Office Manager gig on Tuesday.",
        '',
        'Tom',
      ),
    );
    expect(got).toEqual({ company: null, role: 'Office Manager', contactName: 'Tom Baker' });
  });

  it('is null for a job-board digest and for an agency whose client is undisclosed', () => {
    expect(
      extractParties(
        mail(
          'JobDepot Alerts <alerts@jobdepot.example>',
          '5 new jobs for you',
          'Hi Sam, here are new jobs matching your alert:',
          '',
          'Data Analyst — Fennick Bank — Leeds',
          'BI Developer — Oakhurst Foods — Remote',
        ),
      ),
    ).toEqual({ company: null, role: null, contactName: null });
    const agency = extractParties(
      mail(
        'Gemma Price <gemma@apexsearch.example>',
        'Exciting opportunity',
        'Hi Tom,',
        '',
        "I'm working with a leading fintech client in London who are hiring a Senior Java Developer.",
        '',
        'Kind regards,',
        'Gemma Price',
        'Senior Consultant | Apex Search',
      ),
    );
    expect(agency).toEqual({
      company: null,
      role: 'Senior Java Developer',
      contactName: 'Gemma Price',
    });
  });
});

describe('extractParties: role', () => {
  it('keeps a parenthetical that belongs to the title and drops reference numbers', () => {
    const got = extractParties(
      mail(
        'Redpine Distribution <donotreply@redpine.example>',
        'Application: Warehouse Associate (Job #44721)',
        'Dear Candidate,',
        '',
        'Thank you for applying for the Forklift Operator (Night Shift) position.',
      ),
    );
    expect(got.role).toBe('Forklift Operator (Night Shift)');
    const subjectOnly = extractParties(
      mail(
        'Redpine <jobs@redpine.example>',
        'Application: Warehouse Associate (Job #44721)',
        'Hi,',
      ),
    );
    expect(subjectOnly.role).toBe('Warehouse Associate');
  });

  it('reads "the post of X", "as a X", "application for X" and a lower-case title', () => {
    const role = (body: string) => extractParties(mail('HR <hr@employer.example>', '', body)).role;
    expect(role('We are pleased to offer you the post of Senior Radiographer.')).toBe(
      'Senior Radiographer',
    );
    expect(role('We would love you to join us as a Junior Copywriter next month.')).toBe(
      'Junior Copywriter',
    );
    expect(role('Re your application for Requisition 44821 - Lab Technician II.')).toBe(
      'Lab Technician II',
    );
    expect(role('Thanks for applying for the data analyst position.')).toBe('data analyst');
  });

  it('reads the subject ("Interview invitation – X") and prefers the body in a reply thread', () => {
    const fromSubject = extractParties(
      mail(
        'Kauri Health <jobs@kauri.example>',
        'Interview invitation – Graduate Nurse',
        'Kia ora,',
      ),
    );
    expect(fromSubject.role).toBe('Graduate Nurse');
    const reply = extractParties(
      mail(
        'Hana Ito <hana.ito@example.com>',
        'RE: Your application - Risk Analyst',
        'Hi Ken,',
        '',
        'The Treasury team is hiring a Treasury Operations Analyst and would like to meet you.',
        '',
        'Hana Ito',
      ),
    );
    expect(reply.role).toBe('Treasury Operations Analyst');
  });

  it('is null when no title is named', () => {
    const got = extractParties(
      mail(
        'Diego Ruiz <diego@example.com>',
        'Re: Any news?',
        'Hi Amir, sorry, we went with someone else. Do apply for the next one.',
        '',
        'Diego',
      ),
    );
    expect(got.role).toBeNull();
  });
});

describe('extractParties: contact name', () => {
  it('takes the name after the closing and drops honorifics', () => {
    const got = extractParties(
      mail(
        'Westmere University <jobs@westmere.example>',
        'Application received',
        'Dear Dr. Adeyemi,',
        '',
        'Thank you for your application for the Research Fellow post.',
        '',
        'Best wishes,',
        "Prof. Helen O'Connor",
        'Head of School',
      ),
    );
    expect(got.contactName).toBe("Helen O'Connor");
  });

  it('expands a signed first name with the From display name', () => {
    const got = extractParties(
      mail(
        'Ingrid Sørensen <ingrid@fjordsoft.example>',
        'Re: Interview slots',
        'Great, Wednesday works. I will send an invite for the Solutions Consultant interview.',
        '',
        'Cheers,',
        'Ingrid',
      ),
    );
    expect(got.contactName).toBe('Ingrid Sørensen');
  });

  it('keeps particles, hyphens and non-ASCII letters, and a name on the closing line', () => {
    const particles = extractParties(
      mail(
        'Ostwal Freight <careers@ostwal.example>',
        'Update',
        'We have appointed another candidate.',
        '',
        'Met vriendelijke groet,',
        'Maarten van der Berg-Łazarz',
        'Talent Lead, Ostwal Freight',
      ),
    );
    expect(particles.contactName).toBe('Maarten van der Berg-Łazarz');
    const sameLine = extractParties(
      mail('Acme Jobs <jobs@acme.example>', '', 'We will be in touch soon.', '', 'Best, Anna Kim'),
    );
    expect(sameLine.contactName).toBe('Anna Kim');
  });

  it('accepts surnames that are also job words, and a company that opens with "Studio"', () => {
    const got = extractParties(
      mail(
        'Careers <careers@mailhost.example>',
        '',
        'Thank you for the conversation about the Junior Interior Designer role.',
        '',
        'Cordiali saluti,',
        'Karen Carpenter',
        'Studio Veneta Design',
      ),
    );
    expect(got).toEqual({
      company: 'Studio Veneta Design',
      role: 'Junior Interior Designer',
      contactName: 'Karen Carpenter',
    });
  });

  it('is null for team signatures and for unsigned platform mail', () => {
    const team = extractParties(
      mail(
        'Northwind Hiring Team <no-reply@ats.example>',
        'Thanks for applying',
        'Thanks for your interest in Northwind! We received your application for Data Analyst.',
        '',
        'Regards,',
        'The Northwind Talent Acquisition Team',
      ),
    );
    expect(team).toEqual({ company: 'Northwind', role: 'Data Analyst', contactName: null });
    const unsigned = extractParties(
      mail(
        'Workably <no-reply@workably.example>',
        'Password reset',
        'Someone requested a password reset for your Workably account.',
        '',
        'The Workably Team',
      ),
    );
    expect(unsigned).toEqual({ company: null, role: null, contactName: null });
  });

  it('reads the person who sent a scheduling or calendar invitation', () => {
    const got = extractParties(
      mail(
        'Loomfield via Hirely <scheduling@hirely.example>',
        'Schedule your interview',
        'Hi Sam,',
        '',
        'Rosa Lindqvist has invited you to schedule a phone screen for Account Manager at Loomfield.',
      ),
    );
    expect(got).toEqual({
      company: 'Loomfield',
      role: 'Account Manager',
      contactName: 'Rosa Lindqvist',
    });
  });

  it('ignores quoted history, forwarded headers and footers', () => {
    const reply = extractParties(
      mail(
        'Akosua Mensah <akosua@goldcoast.example>',
        'Re: Offer',
        'Wonderful news, your start date as Product Analyst is 1 July.',
        '',
        'Best',
        'Akosua',
        '',
        'On Fri, 2 May 2025 at 10:00 Kwame Asante <kwame@mail.example> wrote:',
        '> Dear Akosua, I accept the offer for the Finance Lead role.',
        '> Kind regards, Kwame Asante',
      ),
    );
    expect(reply).toEqual({ company: null, role: 'Product Analyst', contactName: 'Akosua Mensah' });
    const forwarded = extractParties(
      mail(
        'Priya Nair <priya@mail.example>',
        'Fwd: Your application',
        'for the tracker',
        '',
        '---------- Forwarded message ---------',
        'From: Halvard Shipping <jobs@halvard.example>',
        'Subject: Your application',
        '',
        'Dear Priya,',
        '',
        'Thank you for your interest in the Port Planner role at Halvard Shipping.',
        'We will not proceed with your application.',
        '',
        'Yours sincerely,',
        'Knut Olsen',
        'HR Manager, Halvard Shipping',
        '',
        'This email and any attachments are confidential and intended only for the addressee.',
      ),
    );
    expect(forwarded).toEqual({
      company: 'Halvard Shipping',
      role: 'Port Planner',
      contactName: 'Knut Olsen',
    });
  });
});

describe('extractParties: any input', () => {
  const fragments = [
    'Dear Ms. Larsen,',
    'Hi Sam,',
    'Thank you for applying for the Platform Engineer (Go) position at Kestrel & Sons Ltd.',
    'We have decided to move forward with other candidates.',
    'Your interview with Quayside Ferries is confirmed.',
    'Harbourline has invited you to complete an assessment.',
    'Best regards,',
    'Cheers,',
    'Anna-Lena von Bülow',
    'Zoë',
    'Talent Team, Brindle Analytics',
    'Senior Recruiter | Brindle Analytics',
    'The Recruiting Team',
    'Powered by Hirely',
    'Unsubscribe: https://example.com/u',
    '> On Mon, Kim wrote:',
    '---------- Forwarded message ---------',
    'From: Acme <jobs@acme.example>',
    '',
  ];
  const line = fc.oneof(fc.constantFrom(...fragments), fc.string({ maxLength: 40 }));
  const emailArb = fc.record({
    from: fc.oneof(
      fc.constantFrom(
        'Anna Kim <anna.kim@brindle.example>',
        'Brindle Careers <no-reply@hirely.example>',
        'noreply@hirely.example',
        '',
      ),
      fc.string({ maxLength: 30 }),
    ),
    subject: fc.oneof(fc.constantFrom('Re: Interview – Data Analyst', ''), fc.string()),
    body: fc.array(line, { maxLength: 25 }).map((lines) => lines.join('\n')),
  });

  it('never throws and only returns text that the email contains', () => {
    fc.assert(
      fc.property(emailArb, (email) => {
        const got = extractParties(email);
        const hay = `${email.subject}\n${email.from}\n${email.body}`.replace(/\s+/g, ' ');
        for (const value of [got.company, got.role, got.contactName]) {
          if (value !== null) {
            expect(value.trim()).not.toBe('');
            expect(hay).toContain(value);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
