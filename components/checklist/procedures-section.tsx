/** The dashboard's "procedures" section. */
import { IntroSection } from '../dashboard/intro-section.tsx';

export function ProceduresSection() {
  return <IntroSection section="procedures" />;
}
