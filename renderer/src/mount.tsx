import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@xyflow/react/dist/style.css';
import './styles.css';
import { paletteCss } from '../../shared/export/visual';
import { App } from './App';
import { WindowBoundary } from './shell/WindowBoundary';

// Cable, port and role colours of both themes as CSS custom properties (--cw-media-*, ...).
const palette = document.createElement('style');
palette.textContent = paletteCss();
document.head.append(palette);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <WindowBoundary>
      <App />
    </WindowBoundary>
  </StrictMode>,
);
