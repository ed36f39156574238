import '../../components/shared/tokens.css';
import '../../components/failure/failure.css';
import '../../components/letter/letter.css';
import { LetterPage } from '../../components/letter/letter-page.tsx';
import { startExtensionPage } from '../../components/shared/start-page.tsx';

void startExtensionPage({ namespaces: ['common', 'meta', 'failure', 'letter'], render: () => <LetterPage /> });
