export { AccessibilityPage as Component } from '../../features/legal/components/accessibility-page';
