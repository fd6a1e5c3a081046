import { render } from 'preact';
import '../ui/theme.css';
import './dashboard.css';
import { setupPage } from '../ui/page-setup';
import { Dashboard } from './Dashboard';

setupPage('dashboardTitle');
render(<Dashboard />, document.getElementById('app')!);
