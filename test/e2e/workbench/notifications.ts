import type { Page } from 'playwright-core';

/** The texts of the notification toasts on screen (what a command told the user instead of acting). */
export async function visibleNotifications(page: Page): Promise<string[]> {
  const toasts = page.locator('.notifications-toasts .notification-list-item-message');
  return (await toasts.allInnerTexts().catch(() => [])).map((text) => text.trim()).filter((text) => text !== '');
}
