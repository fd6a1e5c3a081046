export { createClicks, type Clicks } from './service';
export { clicksHandlers } from './requests';
