import { describe, expect, it } from 'vitest';
import type { ApplicationEvent } from '../records.js';
import { countFeedbackThemes, feedbackReceivedAt } from './themes-over-time.js';

const nervous = 'You seemed very nervous and unsure of yourself during the interview.';

function feedback(applicationId: string, at: string, detail = nervous): ApplicationEvent {
  return {
    id: `${applicationId}-${at}`,
    userId: 'u1',
    applicationId,
    type: 'feedback_received',
    stage: null,
    outcome: null,
    at,
    detail,
    step: null,
  };
}

const rejection = (applicationId: string, receivedAt: string, createdAt: string) => ({
  applicationId,
  receivedAt,
  createdAt,
});

describe('themes over time', () => {
  it('date feedback logged after the fact by the rejection it answers, not the day it was logged', () => {
    // A season entered in November: rejections from January and March, feedback logged with them.
    const rejections = [
      rejection('a1', '2026-01-12T10:00:00.000Z', '2026-11-20T09:00:00.000Z'),
      rejection('a2', '2026-03-03T10:00:00.000Z', '2026-11-20T09:01:00.000Z'),
    ];
    const events = [
      feedback('a1', '2026-11-20T09:00:30.000Z'),
      feedback('a2', '2026-11-20T09:01:30.000Z'),
    ];
    expect(countFeedbackThemes(events, rejections).months).toEqual([
      { month: '2026-01', theme: 'nervousness_confidence', count: 1 },
      { month: '2026-03', theme: 'nervousness_confidence', count: 1 },
    ]);
  });

  it('keep the received date the user gave with the feedback', () => {
    const rejections = [rejection('a1', '2026-01-12T10:00:00.000Z', '2026-11-20T09:00:00.000Z')];
    expect(feedbackReceivedAt(feedback('a1', '2026-02-02T08:00:00.000Z'), rejections)).toBe(
      '2026-02-02T08:00:00.000Z',
    );
  });

  it('answer with the latest rejection before the feedback when an application has two', () => {
    const rejections = [
      rejection('a1', '2026-01-12T10:00:00.000Z', '2026-01-12T11:00:00.000Z'),
      rejection('a1', '2026-05-20T10:00:00.000Z', '2026-05-20T11:00:00.000Z'),
      rejection('a2', '2026-06-01T10:00:00.000Z', '2026-06-01T11:00:00.000Z'),
    ];
    expect(feedbackReceivedAt(feedback('a1', '2026-07-01T08:00:00.000Z'), rejections)).toBe(
      '2026-05-20T10:00:00.000Z',
    );
  });

  it('keep the feedback time when there is no rejection to date it by', () => {
    expect(feedbackReceivedAt(feedback('a1', '2026-07-01T08:00:00.000Z'), [])).toBe(
      '2026-07-01T08:00:00.000Z',
    );
  });
});
