import '../../components/shared/tokens.css';
import '../../components/dashboard/dashboard.css';
import '../../components/checklist/checklist.css';
import '../../components/documents/documents.css';
import '../../components/failure/failure.css';
import '../../components/letter/letter.css';
import '../../components/privacy/privacy.css';
import { DashboardApp } from '../../components/dashboard/dashboard-app.tsx';
import { startExtensionPage } from '../../components/shared/start-page.tsx';

void startExtensionPage({ namespaces: ['common', 'meta', 'pages', 'dashboard', 'checklist', 'procedures', 'documents', 'failure', 'letter', 'glossary', 'privacy'], render: () => <DashboardApp /> });
