export * from './smart.js';
export * from './suggest.js';
export { daysUntil, readTimeFrame, type Period, type TimeFrame } from './time-frame.js';
export * from './weekly.js';
