import { render } from 'preact';
import '../ui/theme.css';
import './panel.css';
import { setupPage } from '../ui/page-setup';
import { Panel } from './Panel';

setupPage('panelTitle');
render(<Panel />, document.getElementById('app')!);
