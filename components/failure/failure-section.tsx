/** The dashboard's "failure" section. */
import { IntroSection } from '../dashboard/intro-section.tsx';

export function FailureSection() {
  return <IntroSection section="failure" />;
}
