import '../../components/shared/tokens.css';
import '../../components/checklist/checklist.css';
import '../../components/checklist/print.css';
import { PrintChecklistPage } from '../../components/checklist/print-page.tsx';
import { startExtensionPage } from '../../components/shared/start-page.tsx';

void startExtensionPage({ namespaces: ['common', 'meta', 'checklist', 'procedures'], render: () => <PrintChecklistPage /> });
