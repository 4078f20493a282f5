import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './ui/App';

/** The name a new, empty design starts with (until the design store provides the real one). */
const UNTITLED_DESIGN_NAME = 'Untitled design';

const rootElement = document.getElementById('root');
if (!rootElement) {
  throw new Error('Faultline cannot start: the page has no #root element to render into.');
}

createRoot(rootElement).render(
  <StrictMode>
    <App designName={UNTITLED_DESIGN_NAME} />
  </StrictMode>,
);
