import { render } from 'preact';
import { App } from './App';

document.documentElement.lang = navigator.language;
render(<App />, document.getElementById('app')!);
