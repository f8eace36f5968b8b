// Entry point: mounts the app into #root.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { seedViewFromUrl } from '@/state/url-sync';
import { App } from './app';
import { reportRecoverableError } from './recoverable-error';
import './styles.css';

// The link is the state: the first render already shows the view it describes.
seedViewFromUrl();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root, { onRecoverableError: reportRecoverableError }).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
