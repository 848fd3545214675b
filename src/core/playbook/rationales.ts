/** The one-line reasons the plan gives, each tied to the advice it follows. */
export const rationales = {
  coolOff:
    'A few hours of distance keeps the first sting out of your words; nothing needs sending before then.',
  reply:
    'A short thank-you within a day or two leaves a good last impression and keeps the door open.',
  feedbackRequest:
    'After an interview, many teams will share a pointer or two if asked kindly. Many can’t, so silence is normal.',
  feedbackNotAdvised:
    'Before any interview, companies rarely have individual feedback to give. You can still ask if you want to.',
  feedbackFollowup:
    'If a week or two passes without an answer, one gentle nudge is fine. Only one.',
  feedbackFollowupBlocked:
    'You have already followed up once. A second nudge tends to close doors rather than open them, so let this one rest.',
  feedbackArrived: 'Feedback arrived, so no follow-up is needed.',
  linkedin:
    'Connecting after your thank-you note, with a line about your conversation, keeps you in their network.',
  reaffirm: 'Within a week, a short note saying you would welcome future roles keeps you in mind.',
  reaffirmCovered: 'Your reply already said you would welcome future roles.',
  feedbackCovered: 'Your reply already asked for feedback.',
  selfAssessment:
    'Once the pause is over, a few honest questions about this process turn it into something you can use.',
  checkin: 'A friendly check-in every few months keeps the connection warm.',
  feedbackThanks: 'Thanking someone for feedback, without arguing with it, is remembered.',
} as const;
