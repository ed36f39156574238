import '../../components/shared/tokens.css';
import '../../components/privacy/summary.css';
import { SUMMARY_NAMESPACES, SummaryPage } from '../../components/privacy/summary-page.tsx';
import { startExtensionPage } from '../../components/shared/start-page.tsx';

void startExtensionPage({ namespaces: SUMMARY_NAMESPACES, render: () => <SummaryPage /> });
