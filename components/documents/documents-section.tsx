/** The dashboard's "documents" section. */
import { IntroSection } from '../dashboard/intro-section.tsx';

export function DocumentsSection() {
  return <IntroSection section="documents" />;
}
