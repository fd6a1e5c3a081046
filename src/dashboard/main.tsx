import { render } from 'preact';
import '../ui/theme.css';
import './dashboard.css';
import { setupPage } from '../ui/page-setup';
import { Dashboard } from './Dashboard';
import { persistentStorageOnce } from '../ui/persistent-storage';

setupPage('dashboardTitle');
// Asked as the dashboard opens, not when the data panel is shown: protection from eviction
// should not depend on the user visiting that panel.
void persistentStorageOnce();
render(<Dashboard />, document.getElementById('app')!);
