export * from './applications.js';
export * from './backup.js';
export * from './contacts.js';
export * from './context.js';
export * from './rejections.js';
export * from './spreadsheet-import.js';
export * from './playbook.js';
export * from './today.js';
