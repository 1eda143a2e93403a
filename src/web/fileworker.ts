/**
 * The web page's Web Worker (its own webpack entry, fileworker.js): the opened file lives
 * here and every action runs here whole (fileops.ts), so the page only renders what comes
 * back: outcomes in parts (calls.ts), each part one short task.
 */
import { serveCalls } from '../pane/calls';
import { fileOperations } from './fileops';

serveCalls(fileOperations());
