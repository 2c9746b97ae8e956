export { ImprintPage as Component } from '../../features/legal/components/imprint-page';
