import '../../components/shared/tokens.css';
import '../../components/dashboard/dashboard.css';
import '../../components/documents/documents.css';
import { ProofPage } from '../../components/documents/proof-page.tsx';
import { startExtensionPage } from '../../components/shared/start-page.tsx';

void startExtensionPage({ namespaces: ['common', 'meta', 'documents'], render: () => <ProofPage /> });
