import '../../components/shared/tokens.css';
import '../../components/dashboard/dashboard.css';
import { LetterPage } from '../../components/letter/letter-page.tsx';
import { startExtensionPage } from '../../components/shared/start-page.tsx';

void startExtensionPage({ namespaces: ['common', 'meta', 'dashboard'], render: () => <LetterPage /> });
