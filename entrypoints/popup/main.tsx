import '../../components/shared/tokens.css';
import '../../components/popup/popup.css';
import '../../components/documents/documents.css';
import '../../components/privacy/privacy.css';
import { PopupApp } from '../../components/popup/popup-app.tsx';
import { startExtensionPage } from '../../components/shared/start-page.tsx';

void startExtensionPage({ namespaces: ['common', 'meta', 'popup', 'documents', 'privacy'], render: () => <PopupApp /> });
