/** The orders MFE on its own (its dev server, or its built index.html): see startStandalone. */
import { startStandalone } from '@emporium/ui/standalone';
import App from './App.tsx';

await startStandalone({ name: 'orders', app: <App /> });
