import { sendStartupCalls } from './state/transport';

// The page's entry is this small module: the start-up calls, the design named at launch among
// them, leave before the app's code (React, React Flow, the contract's schemas) has loaded and
// run, and travel meanwhile.
sendStartupCalls();
void import('./mount');
