import { sendStartupCalls } from './state/transport';

// The page's entry is this small module: the start-up calls, the design named at launch among
// them, leave before the app's code (React, React Flow, the contract's schemas) has loaded and
// run, and travel meanwhile.
sendStartupCalls();
import('./mount').catch(() => {
  // Nothing else can show it: the app's code is what failed to load.
  const message = document.createElement('p');
  message.setAttribute('role', 'alert');
  message.textContent =
    'ClusterWire could not load its code. Reload the page; if clusterwire serve was restarted, open the new link it printed.';
  document.getElementById('root')?.replaceChildren(message);
});
