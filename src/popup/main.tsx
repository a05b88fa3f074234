import { render } from 'preact';
import { App } from './App';
import { prefetchFirstScreen } from './store';

prefetchFirstScreen();
render(<App />, document.getElementById('app')!);
