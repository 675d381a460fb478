import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { connectHost } from './host';

const root = createRoot(document.getElementById('root')!);
void connectHost().then((host) => {
  root.render(<StrictMode><App host={host} /></StrictMode>);
});
