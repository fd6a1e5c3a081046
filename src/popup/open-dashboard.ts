// Opens the dashboard in a new tab at a route (src/contract/routes.ts), then closes the popup.
import browser from 'webextension-polyfill';
import { dashboardPath, type RouteRequest } from '../contract/routes';

export async function openDashboard(route: RouteRequest): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL(dashboardPath(route)) });
  window.close();
}
