/**
 * The content MFE on its own (its dev server, or its built index.html): the home page at '/' and the same
 * App the host loads under its route. See startStandalone.
 */
import { startStandalone } from '@emporium/ui/standalone';
import App from './App.tsx';
import HomePage from './home/HomePage.tsx';

await startStandalone({ name: 'content', app: <App />, index: <HomePage /> });
