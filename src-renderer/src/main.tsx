import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { connect } from './api/connect';
import './styles/app.css';
import './styles/dialogs.css';
import './styles/tables.css';
import './guidance/guidance.css';
import './styles/layout.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

const connection = connect();
createRoot(container).render(
  <StrictMode>
    {connection.ok ? (
      <App api={connection.api} mode={connection.mode} />
    ) : (
      <main className="fatal">
        <h1>QMS Workbench</h1>
        <p>{connection.reason}</p>
      </main>
    )}
  </StrictMode>,
);
