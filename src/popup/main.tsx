import { render } from 'preact';
import '../ui/theme.css';
import './popup.css';
import { setupPage } from '../ui/page-setup';
import { readPopupCache } from '../features/popup-cache/popup';
import { Popup } from './Popup';

setupPage('popupTitle');
// The first frame already shows the last first screen (a few ms to read), then the answers.
void readPopupCache().then((cache) => render(<Popup cache={cache} />, document.getElementById('app')!));
