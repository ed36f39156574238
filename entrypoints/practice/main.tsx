import '../../components/overlay/panel.css';
import '../../components/practice/practice.css';
import { OVERLAY_NAMESPACES } from '../../components/overlay/namespaces.ts';
import { PracticeApp } from '../../components/practice/practice-app.tsx';
import { startExtensionPage } from '../../components/shared/start-page.tsx';

void startExtensionPage({ namespaces: [...OVERLAY_NAMESPACES, 'practice'], render: () => <PracticeApp /> });
